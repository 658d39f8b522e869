using Ward.Compliance.Disclosure;

namespace Ward.Compliance.Tests.Disclosure;

public sealed class PortalLinkTextTests
{
    private const string Practice = "Riverside Family Practice";
    private const string Link = "https://portal.example.org/m/7Hq2xKp9";

    private static readonly string[] Required =
    [
        "en", "es", "bg", "de", "fr", "it", "pt", "ro", "pl", "nl", "el", "ru", "uk", "tr", "ar",
        "hi", "zh", "vi", "tl", "cs", "hu", "sv", "sr", "hr", "fa", "ur", "bn", "ja", "ko", "ht",
    ];

    public static TheoryData<string> RequiredLanguages => [.. Required];

    [Fact]
    public void Languages_AreTheThirtyRequired()
    {
        var languages = PortalLinkText.Languages.Order(StringComparer.Ordinal);

        Assert.Equal(Required.Order(StringComparer.Ordinal), languages);
    }

    [Theory]
    [MemberData(nameof(RequiredLanguages))]
    public void For_Language_HoldsPracticeAndLinkVerbatim(string language)
    {
        var text = PortalLinkText.For(language, Practice, Link);

        Assert.Contains(Practice, text, StringComparison.Ordinal);
        Assert.Contains(Link, text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(RequiredLanguages))]
    public void For_Language_HoldsNoHealthInformation(string language)
    {
        var text = PortalLinkText.For(language, Practice, Link);

        Assert.False(HealthInfoDetector.Find(text).Found, language);
    }

    [Theory]
    [MemberData(nameof(RequiredLanguages))]
    public void For_OtherThanEnglish_IsTranslated(string language)
    {
        var english = PortalLinkText.For("en", Practice, Link);

        var text = PortalLinkText.For(language, Practice, Link);

        Assert.True(language == "en" || text != english, language);
    }

    [Fact]
    public void For_English_ReadsAsSpecified()
    {
        var text = PortalLinkText.For("en", Practice, Link);

        Assert.Equal(
            "You have a new secure message from Riverside Family Practice. "
                + "Read it here after confirming your identity: "
                + "https://portal.example.org/m/7Hq2xKp9",
            text);
    }

    [Theory]
    [InlineData("xx")]
    [InlineData("")]
    [InlineData("klingon")]
    public void For_UnknownLanguage_IsEnglish(string language)
    {
        var text = PortalLinkText.For(language, Practice, Link);

        Assert.Equal(PortalLinkText.For("en", Practice, Link), text);
    }

    [Theory]
    [InlineData("pt-BR", "pt")]
    [InlineData("ES", "es")]
    [InlineData("zh_Hans", "zh")]
    public void For_RegionalOrUpperCaseTag_UsesPrimaryLanguage(string tag, string primary)
    {
        var text = PortalLinkText.For(tag, Practice, Link);

        Assert.Equal(PortalLinkText.For(primary, Practice, Link), text);
    }

    [Fact]
    public void For_PracticeNameWithBraces_IsKeptVerbatim()
    {
        var text = PortalLinkText.For("en", "Clinic {0} {1}", Link);

        Assert.Contains("Clinic {0} {1}", text, StringComparison.Ordinal);
    }
}
