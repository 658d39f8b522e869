namespace Ward.Compliance.Disclosure.Terms;

/// <summary>
/// Reads a term list written as plain text, so that a clinician or a translator can review it
/// line by line. A line <c>[Kind]</c> starts a section named after a
/// <see cref="HealthInfoKind"/>; other lines hold terms separated by <c>|</c>; <c>#</c> starts
/// a comment line. Terms are folded like the text they meet (<see cref="TextFolder"/>), so
/// they may be written with their accents.
/// </summary>
internal static class TermList
{
    public static IEnumerable<HealthTerm> Parse(string data)
    {
        HealthInfoKind? section = null;
        foreach (var rawLine in data.Split('\n'))
        {
            var line = rawLine.Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            if (line[0] == '[')
            {
                section = Enum.Parse<HealthInfoKind>(line.Trim('[', ']'));
                continue;
            }

            var kind = section ?? throw new FormatException("A term comes before any section.");
            foreach (var phrase in line.Split('|', StringSplitOptions.TrimEntries))
            {
                if (phrase.Length > 0)
                {
                    yield return ParseTerm(kind, phrase);
                }
            }
        }
    }

    private static HealthTerm ParseTerm(HealthInfoKind kind, string phrase)
    {
        var words = TextFolder.Words(TextFolder.Fold(phrase), keep: '*');
        if (words.Count == 0)
        {
            throw new FormatException($"Term '{phrase}' has no words.");
        }

        return new HealthTerm(kind, words.ConvertAll(TermWord.Parse));
    }
}
