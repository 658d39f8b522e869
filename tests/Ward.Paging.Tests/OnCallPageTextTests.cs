namespace Ward.Paging.Tests;

public sealed class OnCallPageTextTests
{
    private static readonly Uri Link = new("https://ward.example.org/inbox/c/ESC-TEST-0007");

    [Fact]
    public void Sms_ChestPain_ReadsAsDocumented()
    {
        var page = Page("Sunrise Family Practice", "chest_pain");

        var text = OnCallPageText.Sms(page);

        Assert.Equal(
            "Ward EMERGENCY at Sunrise Family Practice: chest pain. Patient was shown the "
            + "emergency number. Open: https://ward.example.org/inbox/c/ESC-TEST-0007",
            text);
    }

    [Fact]
    public void Sms_SeveralKinds_NamesEachReadably()
    {
        var page = Page("Test Family Clinic", "chest_pain", "suicide_self_harm", "infant_fever");

        var text = OnCallPageText.Sms(page);

        Assert.Contains(
            ": chest pain, suicide or self-harm, fever in an infant.",
            text,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Sms_PoisoningAndSeizure_NamedReadably()
    {
        var page = Page("Test Family Clinic", "poisoning", "seizure");

        var text = OnCallPageText.Sms(page);

        Assert.Contains(": poisoning or ingestion, seizure.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Sms_UnknownWireName_SpelledWithSpaces()
    {
        var page = Page("Test Family Clinic", "severe_allergic-reaction");

        var text = OnCallPageText.Sms(page);

        Assert.Contains(": severe allergic reaction.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Sms_LongPracticeAndManyKinds_StaysWithin300()
    {
        var kinds = Enumerable.Range(0, 30).Select(i => $"very_long_emergency_kind_{i}").ToArray();
        var page = Page(new string('P', 200), kinds);

        var text = OnCallPageText.Sms(page);

        Assert.True(text.Length <= 300, $"length {text.Length}");
        Assert.EndsWith("Open: " + Link.AbsoluteUri, text, StringComparison.Ordinal);
        Assert.Contains("very long emergency kind 0 and 29 more", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Test Patient says +12025550123 has chest pain")]
    [InlineData("chest_pain\nJohn")]
    [InlineData("")]
    public void Sms_KindIsNotAWireName_ShownAsEmergency(string kind)
    {
        var page = Page("Test Family Clinic", kind);

        var text = OnCallPageText.Sms(page);

        Assert.Contains("Test Family Clinic: emergency.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Patient says", text, StringComparison.Ordinal);
        Assert.DoesNotContain("2025550123", text, StringComparison.Ordinal);
        Assert.DoesNotContain("John", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Sms_NoKinds_SaysEmergency()
    {
        var page = Page("Test Family Clinic");

        var text = OnCallPageText.Sms(page);

        Assert.StartsWith(
            "Ward EMERGENCY at Test Family Clinic: emergency.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Summary_ChestPain_NamesPracticeAndKindWithinLimit()
    {
        var page = Page("Sunrise Family Practice", "chest_pain");

        var summary = OnCallPageText.Summary(page);

        Assert.StartsWith(
            "Ward EMERGENCY at Sunrise Family Practice: chest pain.",
            summary,
            StringComparison.Ordinal);
        Assert.True(summary.Length <= 1024);
    }

    private static OnCallPage Page(string practice, params string[] kinds) =>
        new(practice, kinds, Link, "ward:escalation:ESC-TEST-0007");
}
