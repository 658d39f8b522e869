namespace Ward.Triage.Text;

/// <summary>
/// Builds a Latin "skeleton" of a folded text, so that one Cyrillic phrase matches the many
/// ways patients type it in Latin letters ("болка", "bolka"; "чувствам", "chuvstvam",
/// "4uvstvam"). Both the Cyrillic lexicon and the patient's Latin spelling are reduced to
/// the same skeleton: ж/zh/j to z, ч/ch/4 to c, ш/sh/6 to s, ц/ts to c, я/ya/ja/q to ia,
/// ю/yu to iu, ъ to a, й/y to i. The skeleton is lossy on purpose; it is only matched
/// against phrases of languages that opt in, never against English or Spanish phrases.
/// </summary>
internal static class Transliterator
{
    private static readonly string[] Singles = BuildSingles();

    /// <summary>Builds the skeleton; Cyrillic letters are kept unless asked for.</summary>
    /// <param name="source">The folded text.</param>
    /// <param name="cyrillic">
    /// True for lexicon phrases. Messages keep their Cyrillic, because Cyrillic phrases are
    /// also matched as written; transliterating both would count every word twice.
    /// </param>
    public static NormalizedText ToSkeleton(NormalizedText source, bool cyrillic)
    {
        var builder = new TextBuilder(source.Text.Length * 2);
        foreach (var token in source.Tokens)
        {
            builder.StartToken(token.Clause, token.Sentence);
            var i = token.Start;
            while (i < token.End)
            {
                var used = Emit(builder, source, i, token, cyrillic);
                i += used;
            }
        }

        return builder.Build();
    }

    private static int Emit(
        TextBuilder builder, NormalizedText source, int i, TokenInfo token, bool cyrillic)
    {
        var text = source.Text;
        var c = text[i];
        var next = i + 1 < token.End ? text[i + 1] : '\0';
        var previous = i > token.Start ? text[i - 1] : '\0';
        var (output, used) = Map(c, next, previous, cyrillic);

        var start = source.OrigStart[i];
        var end = source.OrigEnd[i + used - 1];
        foreach (var o in output)
        {
            if (builder.InToken && builder.Last == o && char.IsLetter(o))
            {
                builder.ExtendLast(end);
            }
            else
            {
                builder.Append(o, start, end);
            }
        }

        return used;
    }

    private static (string Output, int Used) Map(char c, char next, char previous, bool cyrillic)
    {
        if (c is >= '\u0400' and <= '\u04FF')
        {
            return (cyrillic ? Cyrillic(c) : Single(c), 1);
        }

        if (c >= 0x80)
        {
            return (Single(c), 1);
        }

        return c switch
        {
            'z' or 'c' or 's' when next == 'h' => (Single(c), 2),
            't' when next == 's' => ("c", 2),
            'y' or 'j' when next is 'a' or 'u' => (next == 'a' ? "ia" : "iu", 2),
            'y' => ("i", 1),
            'j' => ("z", 1),
            'q' => ("ia", 1),
            'x' => ("h", 1),
            'w' => ("v", 1),
            '4' when char.IsLetter(next) || char.IsLetter(previous) => ("c", 1),
            '6' when char.IsLetter(next) || char.IsLetter(previous) => ("s", 1),
            _ => (Single(c), 1),
        };
    }

    private static string Cyrillic(char c) => c switch
    {
        'а' => "a", 'б' => "b", 'в' => "v", 'г' or 'ґ' => "g", 'д' => "d", 'е' or 'э' or 'є' => "e",
        'ж' => "z", 'з' => "z", 'и' or 'і' or 'ы' => "i", 'к' => "k", 'л' => "l", 'м' => "m",
        'н' => "n", 'о' => "o", 'п' => "p", 'р' => "r", 'с' => "s", 'т' => "t", 'у' => "u",
        'ф' => "f", 'х' => "h", 'ц' or 'ч' or 'ћ' => "c", 'ш' => "s", 'щ' => "st", 'ъ' => "a",
        'ь' => "", 'ю' => "iu", 'я' => "ia", 'ђ' => "d", 'ј' => "i", 'љ' => "l", 'њ' => "n",
        'џ' => "d",
        _ => Single(c),
    };

    private static string Single(char c) => c < Singles.Length ? Singles[c] : c.ToString();

    private static string[] BuildSingles()
    {
        var table = new string[0x0530];
        for (var i = 0; i < table.Length; i++)
        {
            table[i] = ((char)i).ToString();
        }

        return table;
    }
}
