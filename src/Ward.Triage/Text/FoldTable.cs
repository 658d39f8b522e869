using System.Globalization;
using System.Text;

namespace Ward.Triage.Text;

/// <summary>
/// A per-character lookup built once: lower case, base letter without diacritics for Latin,
/// Greek and Cyrillic, ASCII digits for every script, and a <see cref="CharClass"/>.
/// A table keeps <c>Decide</c> free of per-call Unicode normalisation.
/// </summary>
internal static class FoldTable
{
    private static readonly char[] Folded = BuildFolded();
    private static readonly CharClass[] Classes = BuildClasses();

    public static char Fold(char c) => Folded[c];

    public static CharClass Classify(char c) => Classes[c];

    private static char[] BuildFolded()
    {
        var table = new char[char.MaxValue + 1];
        for (var i = 0; i <= char.MaxValue; i++)
        {
            table[i] = FoldOne((char)i);
        }

        return table;
    }

    private static char FoldOne(char c)
    {
        var digit = CharUnicodeInfo.GetDecimalDigitValue(c);
        if (digit >= 0 && !char.IsSurrogate(c))
        {
            return (char)('0' + digit);
        }

        var lower = char.ToLowerInvariant(c);
        var special = Special(lower);
        if (special != '\0')
        {
            return special;
        }

        // Only Latin, Greek and Cyrillic lose their marks: Hangul would fall apart into
        // jamo and Indic scripts would lose vowel signs if decomposed. Latin Extended
        // Additional holds the Vietnamese letters with two marks.
        if (lower is (>= '\u00C0' and < '\u0530') or (>= '\u1E00' and <= '\u1FFF'))
        {
            var decomposed = lower.ToString().Normalize(NormalizationForm.FormD);
            return decomposed[0];
        }

        return lower;
    }

    private static char Special(char c) => c switch
    {
        'ß' => 's',
        'ı' => 'i',
        'ł' => 'l',
        'đ' => 'd',
        'ø' => 'o',
        'æ' => 'a',
        'œ' => 'o',
        'ς' => 'σ',
        'ё' => 'е',
        'й' => 'и',
        'ї' => 'і',
        'ي' or 'ى' or 'ی' => 'ي',
        'ك' or 'ک' => 'ك',
        'ة' => 'ه',
        'أ' or 'إ' or 'آ' or 'ٱ' => 'ا',
        _ => '\0',
    };

    private static CharClass[] BuildClasses()
    {
        var table = new CharClass[char.MaxValue + 1];
        for (var i = 0; i <= char.MaxValue; i++)
        {
            table[i] = ClassifyOne((char)i);
        }

        return table;
    }

    private static CharClass ClassifyOne(char c)
    {
        switch (c)
        {
            case '\'' or '’' or '‘' or '`' or '´' or 'ʼ' or 'ʻ':
                return CharClass.Ignorable;
            case '.' or '!' or '?' or ';' or '\n' or '\r' or '。' or '！' or '？' or '؟' or '；'
                or '…' or '।':
                return CharClass.SentenceBreak;
            case ',' or ':' or '(' or ')' or '[' or ']' or '"' or '،' or '，' or '、' or '：'
                or '—' or '–' or '«' or '»' or '“' or '”' or '„':
                return CharClass.ClauseBreak;
        }

        if (c is '\u200C' or '\u200D' or '\u00AD' || IsArabicVowelMark(c)
            || c is >= '\u0300' and <= '\u036F')
        {
            return CharClass.Ignorable;
        }

        if (char.IsSurrogate(c))
        {
            return CharClass.Space;
        }

        if (CharUnicodeInfo.GetDecimalDigitValue(c) >= 0)
        {
            return CharClass.Digit;
        }

        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        var isLetter = char.IsLetter(c)
            || category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
        return isLetter ? CharClass.Letter : CharClass.Space;
    }

    // Arabic short-vowel marks are optional in writing; dropping them makes both forms equal.
    private static bool IsArabicVowelMark(char c) => c is (>= '\u064B' and <= '\u065F') or '\u0670';
}
