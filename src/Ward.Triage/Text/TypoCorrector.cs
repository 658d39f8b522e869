namespace Ward.Triage.Text;

/// <summary>
/// Tolerates one typing slip in the key words of English emergency phrases ("chset pian",
/// "brethe", "sweting"). A word is read as a head word when it keeps the head word's first
/// letter and differs from it by one slip: two neighbouring letters swapped, or, for words of
/// five letters or more, one letter missing, one extra, or one replaced by a neighbouring key.
/// Four-letter head words only allow a swap of their two middle letters. Head words are few
/// and named here, and ordinary words one slip away from a head word are never changed.
/// </summary>
internal static class TypoCorrector
{
    private const int ShortHead = 4;
    private const int LongWord = 5;
    private const int LongestWord = 16;

    // Folded forms: repeated letters are already collapsed ("bleeding" is "bleding").
    private static readonly string[] Heads =
    [
        "chest", "pain", "cant", "breathe", "breath", "breathing", "bleding", "stroke", "heart",
        "atack", "unconscious", "suicide", "suicidal", "overdose", "overdosed", "sweling",
        "swolen", "throat", "tongue", "sweating", "choking", "presure", "myself", "seizure",
        "swalowed", "convulsing",
    ];

    // Ordinary words one slip from a head word, folded the same way.
    private static readonly HashSet<string> Ordinary = new(StringComparer.Ordinal)
    {
        "cheat", "strike", "stoke", "seling", "coking",
        "blending", "beding", "seating", "swearing", "breadth", "hears", "heats",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> OrdinaryLookup
        = Ordinary.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Returns the text with slips corrected, or the same instance if none.</summary>
    public static NormalizedText Correct(NormalizedText text)
    {
        string?[]? corrections = null;
        for (var t = 0; t < text.Tokens.Length; t++)
        {
            var head = HeadFor(text.TokenText(t));
            if (head is not null)
            {
                corrections ??= new string?[text.Tokens.Length];
                corrections[t] = head;
            }
        }

        return corrections is null ? text : Rebuild(text, corrections);
    }

    /// <summary>The head word the token is a slip of, or null.</summary>
    public static string? HeadFor(ReadOnlySpan<char> token)
    {
        if (token.Length < ShortHead || token.Length > LongestWord || !IsAsciiWord(token)
            || OrdinaryLookup.Contains(token))
        {
            return null;
        }

        foreach (var head in Heads)
        {
            if (token.SequenceEqual(head))
            {
                return null;
            }
        }

        foreach (var head in Heads)
        {
            if (head[0] == token[0] && IsOneSlip(token, head))
            {
                return head;
            }
        }

        return null;
    }

    private static bool IsAsciiWord(ReadOnlySpan<char> token)
    {
        foreach (var c in token)
        {
            if (!char.IsAsciiLetterLower(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsOneSlip(ReadOnlySpan<char> token, string head)
    {
        if (token.Length == head.Length)
        {
            return IsSwapOrNeighbour(token, head);
        }

        var shorter = token.Length < head.Length ? token : head.AsSpan();
        var longer = token.Length < head.Length ? head.AsSpan() : token;
        // A head word with one more letter at its end is an inflection ("chests", "stroked"),
        // not a slip.
        var inflected = token.Length > head.Length && token.StartsWith(head);
        return !inflected && longer.Length == shorter.Length + 1 && shorter.Length >= LongWord
            && IsOneInsertion(shorter, longer);
    }

    private static bool IsSwapOrNeighbour(ReadOnlySpan<char> token, string head)
    {
        var i = token.CommonPrefixLength(head);
        if (i == token.Length)
        {
            return false;
        }

        var rest = i + 1;
        if (head.Length >= LongWord && token[rest..].SequenceEqual(head.AsSpan(rest)))
        {
            return Keyboard.AreNeighbours(token[i], head[i]);
        }

        var swapAllowed = head.Length >= LongWord || i == 1;
        return swapAllowed && rest < token.Length
            && token[i] == head[rest] && token[rest] == head[i]
            && token[(rest + 1)..].SequenceEqual(head.AsSpan(rest + 1));
    }

    private static bool IsOneInsertion(ReadOnlySpan<char> shorter, ReadOnlySpan<char> longer)
    {
        var i = shorter.CommonPrefixLength(longer);
        return shorter[i..].SequenceEqual(longer[(i + 1)..]);
    }

    private static NormalizedText Rebuild(NormalizedText text, string?[] corrections)
    {
        var builder = new TextBuilder(text.Text.Length + 8);
        for (var t = 0; t < text.Tokens.Length; t++)
        {
            var token = text.Tokens[t];
            builder.StartToken(token.Clause, token.Sentence);
            if (corrections[t] is { } head)
            {
                var start = text.OrigStart[token.Start];
                var end = text.OrigEnd[token.End - 1];
                foreach (var letter in head)
                {
                    builder.Append(letter, start, end);
                }

                continue;
            }

            for (var i = token.Start; i < token.End; i++)
            {
                builder.Append(text.Text[i], text.OrigStart[i], text.OrigEnd[i]);
            }
        }

        return builder.Build();
    }
}
