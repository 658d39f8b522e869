namespace Ward.Triage.Text;

/// <summary>
/// Folds a message into the form every lexicon phrase is compiled to: lower case, no Latin,
/// Greek or Cyrillic diacritics, ASCII digits, apostrophes dropped, punctuation turned into
/// token breaks, and runs of one repeated letter collapsed to a single letter. Collapsing every
/// run (not only runs of three) lets "helppp", "cheeest" and "feel" meet their lexicon forms
/// without a dictionary; phrases are collapsed the same way, so nothing is lost in matching.
/// </summary>
internal static class TextNormalizer
{
    public static NormalizedText Normalize(string text)
    {
        var builder = new TextBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c))
            {
                // Emoji and other astral symbols only separate words; laughing faces read as
                // "lol", so that they can mark an idiom ("i cant breathe 😂").
                builder.Break(CharClass.Space);
                if (IsLaughingFace(text, i))
                {
                    AppendWord(builder, "lol", i, i + 2);
                }

                i++;
                continue;
            }

            AppendOne(builder, text, i, c);
        }

        return builder.Build();
    }

    private static void AppendOne(TextBuilder builder, string text, int i, char c)
    {
        var kind = FoldTable.Classify(c);
        switch (kind)
        {
            case CharClass.Letter:
                AppendLetter(builder, i, FoldTable.Fold(c));
                break;
            case CharClass.Digit:
                if (builder.InToken && IsSpaceless(builder.Last))
                {
                    builder.Break(CharClass.Space);
                }

                builder.Append(FoldTable.Fold(c), i, i + 1);
                break;
            case CharClass.Ignorable:
                break;
            default:
                if (IsDecimalPoint(builder, text, i, c))
                {
                    builder.Append('.', i, i + 1);
                }
                else
                {
                    builder.Break(kind);
                }

                break;
        }
    }

    private static void AppendLetter(TextBuilder builder, int i, char folded)
    {
        if (builder.InToken && char.IsAsciiDigit(builder.Last) && IsSpaceless(folded))
        {
            builder.Break(CharClass.Space);
        }

        if (builder.InToken && builder.Last == folded)
        {
            builder.ExtendLast(i + 1);
        }
        else
        {
            builder.Append(folded, i, i + 1);
        }
    }

    private static bool IsLaughingFace(string text, int i) =>
        i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])
        && char.ConvertToUtf32(text[i], text[i + 1]) is 0x1F602 or 0x1F923 or 0x1F606 or 0x1F639;

    private static void AppendWord(TextBuilder builder, string word, int start, int end)
    {
        foreach (var letter in word)
        {
            builder.Append(letter, start, end);
        }

        builder.Break(CharClass.Space);
    }

    // In scripts without spaces a number is its own token ("2个月", "38度"), so that ages
    // and temperatures are read the same way as in spaced scripts.
    private static bool IsSpaceless(char c) => Matching.PatternCompiler.IsSpaceless(c);

    // "38,7" and "38.7" are the same temperature; keeping the point inside the token lets the
    // temperature reader see one number.
    private static bool IsDecimalPoint(TextBuilder builder, string text, int i, char c) =>
        c is '.' or ',' or '\u066B'
        && builder.InToken
        && char.IsAsciiDigit(builder.Last)
        && i + 1 < text.Length
        && FoldTable.Classify(text[i + 1]) == CharClass.Digit;
}
