using System.Globalization;
using System.Text;

namespace Ward.Compliance.Disclosure.Terms;

/// <summary>
/// Folds text for term matching: lower case; Latin letters lose their diacritics ("diabète"
/// meets "diabete", "Lungenentzündung" meets "lungenentzundung"); Cyrillic keeps й and ё and
/// loses only stress marks; every character that is not part of a word separates words.
/// </summary>
internal static class TextFolder
{
    private const char Grave = '\u0300';
    private const char Acute = '\u0301';

    public static string Fold(string text)
    {
        var decomposed = WellFormed(text).ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var latinBase = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                if (!latinBase && c is not Grave and not Acute)
                {
                    builder.Append(c);
                }

                continue;
            }

            latinBase = IsLatinLetter(c);
            AppendLetter(builder, c);
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>Splits folded text into words; <paramref name="keep"/> is kept inside words.
    /// </summary>
    public static List<string> Words(string folded, char keep = '\0')
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= folded.Length; i++)
        {
            var inWord = i < folded.Length && (IsWordChar(folded[i]) || folded[i] == keep);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                words.Add(folded[start..i]);
                start = -1;
            }
        }

        return words;
    }

    // Normalize throws on a lone surrogate, which a truncated emoji leaves behind; it becomes
    // a separator instead, so that no outbound text can make the check fail.
    private static string WellFormed(string text)
    {
        if (text.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF') < 0)
        {
            return text;
        }

        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i])
                && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(chars[i]))
            {
                chars[i] = ' ';
            }
        }

        return new string(chars);
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c)
        || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark
            or UnicodeCategory.SpacingCombiningMark;

    private static bool IsLatinLetter(char c) =>
        char.IsLetter(c) && (c < '\u0250' || c is >= '\u1E00' and <= '\u1EFF');

    private static void AppendLetter(StringBuilder builder, char c)
    {
        // Letters that carry no decomposable mark but have a plain form patients also type.
        _ = c switch
        {
            'ß' => builder.Append("ss"),
            'æ' => builder.Append("ae"),
            'œ' => builder.Append("oe"),
            'ø' => builder.Append('o'),
            'ł' => builder.Append('l'),
            'đ' => builder.Append('d'),
            'ı' => builder.Append('i'),
            _ => builder.Append(c),
        };
    }
}
