using System.Globalization;
using Ward.Assistant.Replies;

namespace Ward.Assistant.Tests.Replies;

/// <summary>Ward's own phrases exist in every triage language, carry no fact of their own,
/// and keep their placeholders.</summary>
public sealed class AssistantPhrasesTests
{
    public static TheoryData<string> Languages() => [.. Ward.Triage.SafetyReplies.Languages];

    [Theory]
    [MemberData(nameof(Languages))]
    public void Phrases_EveryTriageLanguage_OwnTable(string language)
    {
        var table = AssistantPhrases.For(language);

        Assert.Equal(language, table.Language);
        Assert.All(table.All, p => Assert.False(string.IsNullOrWhiteSpace(p)));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Phrases_NoDigits_PlaceholdersKept(string language)
    {
        var table = AssistantPhrases.For(language);

        Assert.All(table.All, p => Assert.DoesNotContain(p.Replace("{0}", "", StringComparison.Ordinal),
            char.IsDigit));
        Assert.Contains("{0}", table.Slots, StringComparison.Ordinal);
        Assert.Contains("{0}", table.Intake, StringComparison.Ordinal);
        Assert.Equal("x", string.Format(CultureInfo.InvariantCulture, "{0}", "x"));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Phrases_NonEnglish_NotEnglishText(string language)
    {
        var table = AssistantPhrases.For(language);

        if (language != "en")
        {
            Assert.NotEqual(AssistantPhrases.For("en").Handoff, table.Handoff);
        }
    }
}
