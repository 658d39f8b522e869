using Ward.Triage.Matching;

namespace Ward.Triage.Rules;

/// <summary>
/// Detects the language: scripts used by one language decide at once (Greek, Hangul, kana,
/// Han, Devanagari, Bengali, the Arabic-script languages by their extra letters); Latin and
/// Cyrillic text is decided by which language's words matched most, with letters unique to
/// Ukrainian, Russian or Serbian as a tie-breaker.
/// </summary>
internal static class LanguageDetector
{
    public const string Undetermined = "und";

    public static string Detect(string text, Analysis analysis, IReadOnlyList<string> codes)
    {
        var bonus = new Dictionary<string, int>(StringComparer.Ordinal);
        var fixedByScript = ScanScripts(text, bonus);
        if (fixedByScript is not null)
        {
            return fixedByScript;
        }

        var scores = new int[codes.Count];
        foreach (var hit in analysis.Hits)
        {
            if (hit.Language >= 0)
            {
                scores[hit.Language] += hit.Signal == Signal.Stopword ? 1 : 2;
            }
        }

        var best = -1;
        var bestScore = 0;
        for (var i = 0; i < codes.Count; i++)
        {
            var score = scores[i] * 2 + bonus.GetValueOrDefault(codes[i]);
            if (score > bestScore)
            {
                best = i;
                bestScore = score;
            }
        }

        return best < 0 ? Undetermined : codes[best];
    }

    private static string? ScanScripts(string text, Dictionary<string, int> bonus)
    {
        bool han = false, kana = false, hangul = false, greek = false, arabic = false;
        bool devanagari = false, bengali = false;
        string? arabicVariant = null;
        foreach (var c in text)
        {
            han |= c is >= '\u4E00' and <= '\u9FFF';
            kana |= c is >= '\u3040' and <= '\u30FF';
            hangul |= c is >= '\uAC00' and <= '\uD7AF';
            greek |= c is >= '\u0370' and <= '\u03FF';
            arabic |= c is >= '\u0600' and <= '\u06FF';
            devanagari |= c is >= '\u0900' and <= '\u097F';
            bengali |= c is >= '\u0980' and <= '\u09FF';
            arabicVariant = arabicVariant == "ur" ? "ur" : ArabicVariant(c) ?? arabicVariant;
            AddCyrillicBonus(c, bonus);
        }

        return kana ? "ja" : hangul ? "ko" : han ? "zh" : greek ? "el"
            : devanagari ? "hi" : bengali ? "bn" : arabic ? arabicVariant ?? "ar" : null;
    }

    // Urdu letters first: Urdu also uses the Persian letters.
    private static string? ArabicVariant(char c) => c switch
    {
        'ے' or 'ٹ' or 'ڈ' or 'ں' or 'ھ' or 'ڑ' => "ur",
        'پ' or 'چ' or 'ژ' or 'گ' or 'ی' => "fa",
        _ => null,
    };

    private static void AddCyrillicBonus(char c, Dictionary<string, int> bonus)
    {
        var code = c switch
        {
            'і' or 'ї' or 'є' or 'ґ' or 'І' or 'Ї' or 'Є' => "uk",
            'ы' or 'э' or 'ё' or 'Ы' or 'Э' => "ru",
            'ђ' or 'ћ' or 'ј' or 'љ' or 'њ' or 'џ' => "sr",
            'ъ' or 'щ' => "bg",
            _ => null,
        };
        if (code is not null)
        {
            bonus[code] = bonus.GetValueOrDefault(code) + 1;
        }
    }
}
