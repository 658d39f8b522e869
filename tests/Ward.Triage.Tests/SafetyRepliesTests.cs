namespace Ward.Triage.Tests;

public sealed class SafetyRepliesTests
{
    private static TriageDecision Emergency(
        string language, PatientRegion region, string[] numbers, params EmergencyKind[] kinds) =>
        new(TriageCategory.Emergency, kinds, numbers, [], language, region,
            region == PatientRegion.Unknown);

    [Fact]
    public void Emergency_UsSuicide_Starts911AndMentions988()
    {
        var decision = Emergency(
            "en", PatientRegion.US, ["911", "988"], EmergencyKind.SuicideSelfHarm);

        var reply = SafetyReplies.Emergency(decision, "en");

        Assert.StartsWith("Call 911", reply);
        Assert.Contains("988", reply);
        Assert.Contains("clinician", reply);
    }

    [Fact]
    public void Emergency_UnknownRegion_NamesBothAndAsks()
    {
        var decision = Emergency(
            "en", PatientRegion.Unknown, ["911", "112"], EmergencyKind.ChestPain);

        var reply = SafetyReplies.Emergency(decision, "en");

        Assert.Contains("911", reply);
        Assert.Contains("112", reply);
        Assert.EndsWith("?", reply);
    }

    [Theory]
    [InlineData("es", "112")]
    [InlineData("bg", "112")]
    public void Emergency_Eu_NumberComesFirst(string language, string number)
    {
        var decision = Emergency(language, PatientRegion.EU, ["112"], EmergencyKind.Bleeding);

        var reply = SafetyReplies.Emergency(decision, "en");

        Assert.True(reply.IndexOf(number, StringComparison.Ordinal) < 30);
        Assert.NotEqual(SafetyReplies.Emergency(decision with { Language = "en" }, "en"), reply);
    }

    [Fact]
    public void Emergency_AllKinds_StaysShort()
    {
        var kinds = Enum.GetValues<EmergencyKind>();
        var decision = Emergency("bg", PatientRegion.Unknown, ["911", "112"], kinds);

        var reply = SafetyReplies.Emergency(decision, "en");

        Assert.True(reply.Length <= 600, $"{reply.Length} characters");
    }

    [Fact]
    public void Emergency_Reply_NeverEchoesPatientText()
    {
        var engine = new TriageEngine();
        var decision = engine.Decide("Maria Lopez 555-0101 can't breathe", PatientRegion.US);

        var reply = SafetyReplies.Emergency(decision, "en");

        Assert.DoesNotContain("Maria", reply);
        Assert.DoesNotContain("555", reply);
    }

    [Fact]
    public void Emergency_UnsupportedLanguage_UsesFallback()
    {
        var decision = Emergency("xx", PatientRegion.EU, ["112"], EmergencyKind.Stroke);

        var reply = SafetyReplies.Emergency(decision, "es");

        Assert.StartsWith("Llame al 112", reply);
    }

    [Theory]
    [InlineData(PatientRegion.US, "911")]
    [InlineData(PatientRegion.EU, "112")]
    public void ClinicalHolding_Region_NamesNumber(PatientRegion region, string number)
    {
        var reply = SafetyReplies.ClinicalHolding("en", region);

        Assert.Contains(number, reply);
    }

    [Fact]
    public void ClinicalHolding_Unknown_NamesBoth()
    {
        var reply = SafetyReplies.ClinicalHolding("es", PatientRegion.Unknown);

        Assert.Contains("911", reply);
        Assert.Contains("112", reply);
    }

    [Fact]
    public void Languages_EveryLanguage_HasAllTexts()
    {
        foreach (var language in SafetyReplies.Languages)
        {
            Assert.False(string.IsNullOrWhiteSpace(SafetyReplies.Acknowledgement(language)));
            var decision = Emergency(
                language, PatientRegion.US, ["911", "988"], Enum.GetValues<EmergencyKind>());
            var reply = SafetyReplies.Emergency(decision, "en");
            Assert.Contains("911", reply);
            Assert.Contains("988", reply);
            Assert.True(reply.Length <= 600, $"{language}: {reply.Length} characters");
        }
    }
}
