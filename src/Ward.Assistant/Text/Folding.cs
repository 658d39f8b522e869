using System.Globalization;
using System.Text;

namespace Ward.Assistant.Text;

/// <summary>
/// Folds text for matching: lower case, marks removed (so "é" and "e", "ё" and "е", "ά" and "α"
/// meet), a few letters mapped to what people type without them, and the text cut into word
/// tokens. Han and kana are cut into overlapping character pairs, since they have no spaces.
/// </summary>
internal static class Folding
{
    public static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            builder.Append(c switch
            {
                'ß' => "ss",
                'ς' => "σ",
                'ı' => "i",
                'ł' or 'Ł' => "l",
                'ø' or 'Ø' => "o",
                'ـ' => string.Empty,
                '’' or '`' or '´' => "'",
                _ => char.ToLowerInvariant(c).ToString(),
            });
        }

        return builder.ToString();
    }

    /// <summary>The folded word tokens of a text, in order.</summary>
    public static List<string> Tokens(string text)
    {
        var folded = Fold(text);
        var tokens = new List<string>();
        var start = -1;
        for (var i = 0; i <= folded.Length; i++)
        {
            var inWord = i < folded.Length && IsWordChar(folded[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                AddWord(folded[start..i], tokens);
                start = -1;
            }
        }

        return tokens;
    }

    public static bool IsIdeographic(char c) =>
        c is >= '\u3040' and <= '\u30FF' or >= '\u3400' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF';

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '\'';

    private static void AddWord(string word, List<string> tokens)
    {
        word = word.Trim('\'');
        if (word.Length == 0)
        {
            return;
        }

        if (!word.Any(IsIdeographic))
        {
            tokens.Add(word);
            return;
        }

        // Runs without spaces: every character pair is a token, and a lone character too.
        if (word.Length == 1)
        {
            tokens.Add(word);
            return;
        }

        for (var i = 0; i + 1 < word.Length; i++)
        {
            tokens.Add(word.Substring(i, 2));
        }
    }
}
