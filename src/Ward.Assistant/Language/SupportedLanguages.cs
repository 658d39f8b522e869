namespace Ward.Assistant.Language;

/// <summary>The languages Ward speaks: the triage's thirty, each with Ward's own phrases.</summary>
public static class SupportedLanguages
{
    /// <summary>ISO 639-1 codes, in the triage's order.</summary>
    public static IReadOnlyList<string> Codes { get; } =
    [
        "en", "es", "bg", "de", "fr", "it", "pt", "ro", "pl", "nl", "el", "ru", "uk", "tr", "ar",
        "hi", "zh", "vi", "tl", "cs", "hu", "sv", "sr", "hr", "fa", "ur", "bn", "ja", "ko", "ht",
    ];

    // Scripts used by one supported language only (or decided among a few by the triage's own
    // letter rules): the text's script settles the language whatever its length.
    internal static IReadOnlySet<string> ByScript { get; } =
        new HashSet<string>(["el", "ko", "ja", "zh", "hi", "bn", "ar", "fa", "ur"]);

    public static bool IsSupported(string? code) => code is not null && Codes.Contains(code);
}
