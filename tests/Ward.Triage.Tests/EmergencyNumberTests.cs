namespace Ward.Triage.Tests;

public sealed class EmergencyNumberTests
{
    private static readonly TriageEngine Engine = new();

    [Fact]
    public void Decide_UsChestPain_Returns911()
    {
        var decision = Engine.Decide("crushing chest pain right now", PatientRegion.US);

        Assert.Equal(["911"], decision.Numbers);
        Assert.False(decision.AskLocation);
    }

    [Fact]
    public void Decide_UsSuicidal_Returns911And988()
    {
        var decision = Engine.Decide("i want to kill myself tonight", PatientRegion.US);

        Assert.Equal(["911", "988"], decision.Numbers);
        Assert.Equal([EmergencyKind.SuicideSelfHarm], decision.Kinds);
    }

    [Fact]
    public void Decide_EuSuicidal_Returns112Only()
    {
        var decision = Engine.Decide("i want to kill myself tonight", PatientRegion.EU);

        Assert.Equal(["112"], decision.Numbers);
    }

    [Fact]
    public void Decide_UnknownRegion_ReturnsBothAndAsksLocation()
    {
        var decision = Engine.Decide("my wife can't breathe", PatientRegion.Unknown);

        Assert.Equal(["911", "112"], decision.Numbers);
        Assert.True(decision.AskLocation);
        Assert.Equal(PatientRegion.Unknown, decision.Region);
    }

    [Theory]
    [InlineData("visiting Sofia, my son can't breathe", PatientRegion.US, "112")]
    [InlineData("I'm in Madrid, chest pain for 20 minutes", PatientRegion.Unknown, "112")]
    [InlineData("we are in Florida right now, my dad can't breathe", PatientRegion.EU, "911")]
    public void Decide_PlaceInText_DecidesNumber(string text, PatientRegion account, string number)
    {
        var decision = Engine.Decide(text, account);

        Assert.Equal([number], decision.Numbers);
        Assert.False(decision.AskLocation);
    }

    [Fact]
    public void Decide_ClinicalAbroad_RegionFollowsText()
    {
        var decision = Engine.Decide("I'm in Madrid, can I take ibuprofen?", PatientRegion.US);

        Assert.Equal(TriageCategory.Clinical, decision.Category);
        Assert.Equal(PatientRegion.EU, decision.Region);
        Assert.Empty(decision.Numbers);
    }

    [Fact]
    public void Decide_NonEmergency_HasNoNumbers()
    {
        var decision = Engine.Decide("can I book a flu shot?", PatientRegion.Unknown);

        Assert.Empty(decision.Numbers);
        Assert.False(decision.AskLocation);
    }

    [Fact]
    public void Decide_PracticePhrase_AddsDetection()
    {
        var engine = new TriageEngine([new CustomPhrase("en", EmergencyKind.Stroke, "code fast")]);

        var decision = engine.Decide("code fast for grandma", PatientRegion.US);

        Assert.Equal([EmergencyKind.Stroke], decision.Kinds);
        Assert.Equal(TriageCategory.Emergency, decision.Category);
    }

    [Fact]
    public void Decide_PracticePhrase_KeepsBuiltIns()
    {
        var engine = new TriageEngine([new CustomPhrase("en", EmergencyKind.Stroke, "code fast")]);

        var decision = engine.Decide("i can't breathe", PatientRegion.US);

        Assert.Equal([EmergencyKind.Breathing], decision.Kinds);
    }

    [Fact]
    public void Constructor_EmptyPracticePhrase_Throws()
    {
        var phrases = new[] { new CustomPhrase("en", EmergencyKind.Stroke, " ") };

        Assert.Throws<ArgumentException>(() => new TriageEngine(phrases));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("😀😀😀")]
    public void Decide_EmptyText_IsRoutine(string text)
    {
        var decision = Engine.Decide(text, PatientRegion.US);

        Assert.Equal(TriageCategory.Routine, decision.Category);
        Assert.Empty(decision.Numbers);
    }

    [Fact]
    public void Decide_MixedLanguages_FindsEmergency()
    {
        var decision = Engine.Decide("my mom no puede respirar, help", PatientRegion.US);

        Assert.Equal([EmergencyKind.Breathing], decision.Kinds);
        Assert.Equal(["911"], decision.Numbers);
    }

    [Fact]
    public void Decide_ChineseAgeAndTemperature_ReadsNumbers()
    {
        var decision = Engine.Decide("宝宝2个月大，发烧38.5度", PatientRegion.US);

        Assert.Equal([EmergencyKind.InfantFever], decision.Kinds);
        Assert.Equal("zh", decision.Language);
    }
}
