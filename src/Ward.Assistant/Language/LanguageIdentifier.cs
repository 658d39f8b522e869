using Lingua;
using Ward.Assistant.Text;
using LinguaLanguage = Lingua.Language;

namespace Ward.Assistant.Language;

/// <summary>
/// Decides the language of a message from three witnesses: the script (Greek, Hangul, kana, Han,
/// Devanagari, Bengali, the Arabic-script letters the triage already reads), Lingua's statistical
/// models for everything in Latin or Cyrillic, and the thread's language, which short messages
/// ("ok", "thanks", an emoji) keep instead of flipping. Lingua runs in low-accuracy mode with
/// its models preloaded for the supported languages only: about 0.15 GB instead of 1.3 GB
/// (bench/ assistant measures it), which keeps the whole server under its 400 MB budget; the
/// thread and script rules cover the short texts on which that mode is weakest.
/// </summary>
public sealed class LanguageIdentifier
{
    /// <summary>Below this many words the thread's language wins over the detector.</summary>
    public const int ShortMessageWords = 3;

    private const double MinimumConfidence = 0.35;

    private static readonly Lazy<LanguageIdentifier> SharedInstance = new(() => new());

    private readonly LanguageDetector _detector;

    private LanguageIdentifier()
    {
        var languages = SupportedLanguages.Codes
            .Select(ToLingua).OfType<LinguaLanguage>().ToArray();
        _detector = LanguageDetectorBuilder.FromLanguages(languages)
            .WithLowAccuracyMode().WithPreloadedLanguageModels().Build();
    }

    /// <summary>One detector per process: its models are large and immutable.</summary>
    public static LanguageIdentifier Shared => SharedInstance.Value;

    /// <param name="text">The patient's message.</param>
    /// <param name="thread">The language the thread has been in, if any.</param>
    /// <param name="triage">The triage's guess from its lexicons ("und" when none).</param>
    /// <param name="practice">The practice's own language, the last resort.</param>
    public LanguageGuess Identify(string text, string? thread, string? triage, string practice)
    {
        ArgumentNullException.ThrowIfNull(text);
        thread = SupportedLanguages.IsSupported(thread) ? thread : null;
        triage = SupportedLanguages.IsSupported(triage) ? triage : null;
        if (triage is not null && SupportedLanguages.ByScript.Contains(triage))
        {
            return new LanguageGuess(triage, "script");
        }

        var words = Folding.Tokens(text).Count(t => t.Any(char.IsLetter));
        if (words < ShortMessageWords && thread is not null)
        {
            return new LanguageGuess(thread, "thread");
        }

        if (words == 0)
        {
            return new LanguageGuess(triage ?? practice, triage is null ? "practice" : "triage");
        }

        return Detect(text, thread, triage, practice);
    }

    private LanguageGuess Detect(string text, string? thread, string? triage, string practice)
    {
        var values = _detector.ComputeLanguageConfidenceValues(text);
        var (best, confidence) = values.Count == 0 ? (LinguaLanguage.Unknown, 0d)
            : values.MaxBy(v => v.Value) is var top ? (top.Key, top.Value) : default;
        var code = best == LinguaLanguage.Unknown ? null
            : LanguageInfo.IsoCode6391(best).ToString().ToLowerInvariant();

        // Haitian Creole has no Lingua model; the triage's lexicon recognises it.
        if (triage == "ht")
        {
            return new LanguageGuess("ht", "triage");
        }

        if (code is not null && confidence >= MinimumConfidence)
        {
            // A thread in a language the detector rates almost as high stays in it.
            var threadValue = thread is null ? 0 : values.GetValueOrDefault(ToLingua(thread) ?? best);
            return thread is not null && thread != code && threadValue >= confidence * 0.8
                ? new LanguageGuess(thread, "thread")
                : new LanguageGuess(code, "detector");
        }

        return thread is not null ? new LanguageGuess(thread, "thread")
            : triage is not null ? new LanguageGuess(triage, "triage")
            : new LanguageGuess(code ?? practice, code is null ? "practice" : "detector");
    }

    private static LinguaLanguage? ToLingua(string code) =>
        Enum.TryParse<IsoCode6391>(code, ignoreCase: true, out var iso)
            ? LanguageInfo.GetByIsoCode6391(iso) : null;
}
