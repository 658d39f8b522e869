using Ward.Triage.Text;

namespace Ward.Triage.Matching;

/// <summary>
/// Turns a lexicon phrase into a <see cref="Pattern"/>. Syntax: words separated by spaces; a
/// word ending in <c>*</c> matches any word it starts ("bleed*" matches "bleeding"); a
/// standalone <c>..</c> allows up to <see cref="Pattern.MaxGap"/> words in between. Phrases that
/// start with a character of a script written without spaces become substring patterns.
/// </summary>
internal static class PatternCompiler
{
    public static Pattern? Compile(Signal signal, int language, string phrase, bool skeleton)
    {
        phrase = phrase.Trim();
        if (phrase.Length == 0)
        {
            return null;
        }

        if (IsSpaceless(phrase[0]))
        {
            var folded = TextNormalizer.Normalize(phrase).Text;
            return folded.Length == 0 ? null : new Pattern(signal, language, [], folded);
        }

        var parts = phrase.Split("..", StringSplitOptions.TrimEntries);
        var segments = new List<Segment>(parts.Length);
        foreach (var part in parts)
        {
            var segment = CompileSegment(part, skeleton);
            if (segment is not null)
            {
                segments.Add(segment);
            }
        }

        return segments.Count == 0 ? null : new Pattern(signal, language, [.. segments], "");
    }

    /// <summary>True for scripts that do not separate words with spaces.</summary>
    public static bool IsSpaceless(char c) =>
        c is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF')
            or (>= '\u3040' and <= '\u30FF') or (>= '\uAC00' and <= '\uD7AF')
            or (>= '\u1100' and <= '\u11FF') or (>= '\u3130' and <= '\u318F')
            or (>= '\u0E00' and <= '\u0E7F');

    private static Segment? CompileSegment(string part, bool skeleton)
    {
        var words = new List<string>();
        var prefix = new List<bool>();
        foreach (var raw in part.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var isPrefix = raw.EndsWith('*');
            var normalized = TextNormalizer.Normalize(raw.TrimEnd('*'));
            if (skeleton)
            {
                normalized = Transliterator.ToSkeleton(normalized, cyrillic: true);
            }

            for (var t = 0; t < normalized.Tokens.Length; t++)
            {
                words.Add(normalized.TokenText(t).ToString());
                prefix.Add(isPrefix && t == normalized.Tokens.Length - 1);
            }
        }

        return words.Count == 0 ? null : new Segment([.. words], [.. prefix]);
    }
}
