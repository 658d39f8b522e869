using Ward.Triage.Text;

namespace Ward.Triage.Matching;

/// <summary>
/// Finds every pattern in a folded text. Patterns are indexed by their first word (exact
/// words in one table, prefix words in another keyed by the prefix) and substring patterns by
/// their first character, so the cost grows with the length of the message, not with the
/// number of phrases. Matching is a bounded forward scan: no backtracking beyond the small,
/// fixed gap between segments.
/// </summary>
internal sealed class PhraseMatcher
{
    private readonly Dictionary<string, List<Pattern>> _exact = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Pattern>> _pairs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Pattern>> _prefix = new(StringComparer.Ordinal);
    private readonly Dictionary<char, List<Pattern>> _substring = [];
    private readonly bool[] _prefixLengths = new bool[64];
    private readonly Dictionary<string, List<Pattern>>.AlternateLookup<ReadOnlySpan<char>>
        _exactLookup;

    private readonly Dictionary<string, List<Pattern>>.AlternateLookup<ReadOnlySpan<char>>
        _prefixLookup;

    private readonly Dictionary<string, List<Pattern>>.AlternateLookup<ReadOnlySpan<char>>
        _pairsLookup;

    public PhraseMatcher()
    {
        _exactLookup = _exact.GetAlternateLookup<ReadOnlySpan<char>>();
        _prefixLookup = _prefix.GetAlternateLookup<ReadOnlySpan<char>>();
        _pairsLookup = _pairs.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public void Add(Pattern pattern)
    {
        if (pattern.IsSubstring)
        {
            AddTo(_substring, pattern.Substring[0], pattern);
            return;
        }

        var first = pattern.Segments[0];
        var word = first.Words[0];
        if (first.Prefix[0] && word.Length < _prefixLengths.Length)
        {
            _prefixLengths[word.Length] = true;
            AddTo(_prefix, word, pattern);
        }
        else if (first.Words.Length > 1 && !first.Prefix[1])
        {
            // Keyed by the first two words: common first words ("no", "не", "my") would
            // otherwise try dozens of phrases at every occurrence.
            AddTo(_pairs, word + " " + first.Words[1], pattern);
        }
        else
        {
            AddTo(_exact, word, pattern);
        }
    }

    public void Match(NormalizedText text, List<Hit> hits)
    {
        for (var t = 0; t < text.Tokens.Length; t++)
        {
            var token = text.TokenText(t);
            if (_exactLookup.TryGetValue(token, out var exact))
            {
                TryAll(exact, text, t, hits);
            }

            // Tokens are separated by exactly one space, so two tokens read as one key.
            if (t + 1 < text.Tokens.Length)
            {
                var pair = text.Text.AsSpan(
                    text.Tokens[t].Start, text.Tokens[t + 1].End - text.Tokens[t].Start);
                if (_pairsLookup.TryGetValue(pair, out var pairs))
                {
                    TryAll(pairs, text, t, hits);
                }
            }

            var longest = Math.Min(token.Length, _prefixLengths.Length - 1);
            for (var length = 1; length <= longest; length++)
            {
                if (_prefixLengths[length]
                    && _prefixLookup.TryGetValue(token[..length], out var list))
                {
                    TryAll(list, text, t, hits);
                }
            }
        }

        if (_substring.Count > 0)
        {
            MatchSubstrings(text, hits);
        }
    }

    private static void AddTo<TKey>(Dictionary<TKey, List<Pattern>> map, TKey key, Pattern pattern)
        where TKey : notnull
    {
        if (!map.TryGetValue(key, out var list))
        {
            list = [];
            map[key] = list;
        }

        list.Add(pattern);
    }

    private void MatchSubstrings(NormalizedText text, List<Hit> hits)
    {
        var folded = text.Text;
        for (var i = 0; i < folded.Length; i++)
        {
            if (folded[i] < '\u0E00' || !_substring.TryGetValue(folded[i], out var list))
            {
                continue;
            }

            foreach (var pattern in list)
            {
                if (folded.AsSpan(i).StartsWith(pattern.Substring, StringComparison.Ordinal))
                {
                    var end = i + pattern.Substring.Length;
                    hits.Add(new Hit(
                        pattern.Signal, pattern.Language, text.TokenAt[i], text.TokenAt[end - 1],
                        text.OrigStart[i], text.OrigEnd[end - 1]));
                }
            }
        }
    }

    private static void TryAll(List<Pattern> patterns, NormalizedText text, int t, List<Hit> hits)
    {
        foreach (var pattern in patterns)
        {
            var last = MatchPattern(pattern, text, t);
            if (last >= 0)
            {
                hits.Add(new Hit(
                    pattern.Signal, pattern.Language, t, last,
                    text.OrigStart[text.Tokens[t].Start],
                    text.OrigEnd[text.Tokens[last].End - 1]));
            }
        }
    }

    /// <summary>Returns the last token of the match, or -1.</summary>
    private static int MatchPattern(Pattern pattern, NormalizedText text, int t)
    {
        var length = MatchSegment(pattern.Segments[0], text, t);
        if (length == 0)
        {
            return -1;
        }

        var position = t + length;
        var sentence = text.Tokens[t].Sentence;
        for (var s = 1; s < pattern.Segments.Length; s++)
        {
            var found = false;
            for (var gap = 0; gap <= Pattern.MaxGap && !found; gap++)
            {
                var start = position + gap;
                if (start >= text.Tokens.Length || text.Tokens[start].Sentence != sentence)
                {
                    return -1;
                }

                length = MatchSegment(pattern.Segments[s], text, start);
                found = length > 0;
                position = found ? start + length : position;
            }

            if (!found)
            {
                return -1;
            }
        }

        return position - 1;
    }

    private static int MatchSegment(Segment segment, NormalizedText text, int t)
    {
        var words = segment.Words;
        if (t + words.Length > text.Tokens.Length)
        {
            return 0;
        }

        for (var w = 0; w < words.Length; w++)
        {
            var token = text.TokenText(t + w);
            var ok = segment.Prefix[w]
                ? token.StartsWith(words[w], StringComparison.Ordinal)
                : token.SequenceEqual(words[w]);
            if (!ok)
            {
                return 0;
            }
        }

        return words.Length;
    }
}
