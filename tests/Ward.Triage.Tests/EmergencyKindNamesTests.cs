namespace Ward.Triage.Tests;

public sealed class EmergencyKindNamesTests
{
    [Theory]
    [InlineData(EmergencyKind.ChestPain, "chest_pain")]
    [InlineData(EmergencyKind.Breathing, "breathing")]
    [InlineData(EmergencyKind.Bleeding, "bleeding")]
    [InlineData(EmergencyKind.SuicideSelfHarm, "suicide_self_harm")]
    [InlineData(EmergencyKind.InfantFever, "infant_fever")]
    [InlineData(EmergencyKind.Stroke, "stroke")]
    [InlineData(EmergencyKind.Anaphylaxis, "anaphylaxis")]
    [InlineData(EmergencyKind.HeadInjury, "head_injury")]
    [InlineData(EmergencyKind.Abdominal, "abdominal")]
    [InlineData(EmergencyKind.Poisoning, "poisoning")]
    [InlineData(EmergencyKind.Seizure, "seizure")]
    public void ToWireName_EachKind_MatchesSpec(EmergencyKind kind, string wireName)
    {
        Assert.Equal(wireName, kind.ToWireName());
        Assert.True(EmergencyKindNames.TryParse(wireName, out var parsed));
        Assert.Equal(kind, parsed);
    }

    [Fact]
    public void TryParse_Unknown_ReturnsFalse()
    {
        Assert.False(EmergencyKindNames.TryParse("heart", out _));
    }
}
