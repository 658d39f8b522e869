using Ward.Assistant.Language;

namespace Ward.Assistant.Tests.Language;

/// <summary>The thread keeps its language on short messages; the script and the detector
/// decide longer ones.</summary>
public sealed class LanguageIdentifierTests
{
    private static readonly LanguageIdentifier Languages = LanguageIdentifier.Shared;

    [Theory]
    [InlineData("ok")]
    [InlineData("thanks")]
    [InlineData("👍")]
    [InlineData("ok 👍🙏")]
    [InlineData("merci")]
    public void Identify_ShortMessage_ThreadLanguageKept(string text)
    {
        var guess = Languages.Identify(text, thread: "es", triage: "und", practice: "en");

        Assert.Equal("es", guess.Code);
    }

    [Theory]
    [InlineData("Quisiera saber a qué hora abren el sábado por la mañana", "es")]
    [InlineData("Bonjour, je voudrais prendre rendez-vous pour la semaine prochaine", "fr")]
    [InlineData("Здравейте, искам да си запиша час за преглед следващата седмица", "bg")]
    [InlineData("Здравствуйте, я хочу записаться на прием на следующей неделе", "ru")]
    [InlineData("Dzień dobry, chciałabym umówić wizytę na przyszły tydzień", "pl")]
    [InlineData("Guten Tag, ich möchte gerne einen Termin für nächste Woche", "de")]
    public void Identify_LongMessage_DetectorDecides_EvenAgainstThread(string text, string expected)
    {
        var guess = Languages.Identify(text, thread: "en", triage: "und", practice: "en");

        Assert.Equal(expected, guess.Code);
    }

    [Fact]
    public void Identify_GreekScript_Greek()
    {
        var guess = Languages.Identify("ευχαριστώ", thread: null, triage: "el", practice: "en");

        Assert.Equal(new LanguageGuess("el", "script"), guess);
    }

    [Fact]
    public void Identify_EveryTriageLanguage_Supported()
    {
        var triage = Ward.Triage.SafetyReplies.Languages;

        Assert.All(triage, code => Assert.True(SupportedLanguages.IsSupported(code), code));
    }
}
