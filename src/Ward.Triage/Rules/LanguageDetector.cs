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
            // Presence and duration words are short prepositions shared by many languages.
            if (hit.Language >= 0 && hit.Signal is not (Signal.Presence or Signal.Duration)
                && !IsLongRun(analysis, hit))
            {
                scores[hit.Language] += hit.Signal == Signal.Stopword ? 1 : 2;
            }
        }

        var best = -1;
        var bestScore = 0;
        var tied = false;
        for (var i = 0; i < codes.Count; i++)
        {
            var score = scores[i] * 2 + bonus.GetValueOrDefault(codes[i]);
            tied = score == bestScore ? score > 0 : tied && score < bestScore;
            if (score > bestScore)
            {
                best = i;
                bestScore = score;
            }
        }

        // Words shared equally by several languages ("a a a") do not decide between them.
        return best < 0 || tied ? Undetermined : codes[best];
    }

    // A word folded out of a long run of one letter ("aaaa...a" is "a") says nothing about
    // the language: 10 kB of one letter is undetermined, not French.
    private static bool IsLongRun(Analysis analysis, Hit hit)
    {
        var tokens = analysis.Text.Tokens;
        var folded = tokens[hit.LastToken].End - tokens[hit.FirstToken].Start;
        return hit.End - hit.Start > (folded * 3) + 8;
    }

    private static string? ScanScripts(string text, Dictionary<string, int> bonus)
    {
        string? found = null;
        var rank = int.MaxValue;
        string? arabicVariant = null;
        foreach (var c in text)
        {
            AddCyrillicBonus(c, bonus);
            arabicVariant = arabicVariant == "ur" ? "ur" : ArabicVariant(c) ?? arabicVariant;
            var (code, order) = ScriptLanguage(c);
            if (order < rank)
            {
                (found, rank) = (code, order);
            }
        }

        return found == "ar" ? arabicVariant ?? "ar" : found;
    }

    // Kana outranks Han so that Japanese with kanji is not read as Chinese.
    private static (string? Code, int Rank) ScriptLanguage(char c) => c switch
    {
        >= '\u3040' and <= '\u30FF' => ("ja", 0),
        >= '\uAC00' and <= '\uD7AF' => ("ko", 1),
        >= '\u4E00' and <= '\u9FFF' => ("zh", 2),
        >= '\u0370' and <= '\u03FF' => ("el", 3),
        >= '\u0900' and <= '\u097F' => ("hi", 4),
        >= '\u0980' and <= '\u09FF' => ("bn", 5),
        >= '\u0600' and <= '\u06FF' => ("ar", 6),
        _ => (null, int.MaxValue),
    };

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
