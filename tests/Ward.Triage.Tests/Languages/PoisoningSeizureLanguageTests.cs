namespace Ward.Triage.Tests.Languages;

/// <summary>The poisoning and seizure kinds in every language that has phrases for them.</summary>
public sealed class PoisoningSeizureLanguageTests
{
    private static readonly TriageEngine Engine = new();

    [Theory]
    [MemberData(
        nameof(PoisoningSeizureLanguageCases.Emergencies),
        MemberType = typeof(PoisoningSeizureLanguageCases))]
    public void Decide_PoisoningOrSeizureInEurope_IsEmergencyWith112(
        string language, string wireName, string text)
    {
        Assert.False(string.IsNullOrEmpty(language));
        Assert.True(EmergencyKindNames.TryParse(wireName, out var kind));

        var decision = Engine.Decide(text, PatientRegion.EU);

        Assert.Equal(TriageCategory.Emergency, decision.Category);
        Assert.Contains(kind, decision.Kinds);
        Assert.Equal(["112"], decision.Numbers);
    }

    [Theory]
    [MemberData(
        nameof(PoisoningSeizureLanguageCases.Emergencies),
        MemberType = typeof(PoisoningSeizureLanguageCases))]
    public void Decide_PoisoningOrSeizureRegionUnknown_AsksWhere(
        string language, string wireName, string text)
    {
        Assert.False(string.IsNullOrEmpty(language));
        Assert.False(string.IsNullOrEmpty(wireName));

        var decision = Engine.Decide(text, PatientRegion.Unknown);

        Assert.Equal(TriageCategory.Emergency, decision.Category);
        Assert.Equal(["911", "112"], decision.Numbers);
        Assert.True(decision.AskLocation);
    }

    [Theory]
    [MemberData(
        nameof(PoisoningSeizureLanguageCases.HardNegatives),
        MemberType = typeof(PoisoningSeizureLanguageCases))]
    public void Decide_PoisoningOrSeizureHardNegative_IsNotEmergency(string language, string text)
    {
        Assert.False(string.IsNullOrEmpty(language));

        var decision = Engine.Decide(text, PatientRegion.EU);

        Assert.NotEqual(TriageCategory.Emergency, decision.Category);
        Assert.Empty(decision.Numbers);
    }
}
