namespace Ward.Compliance.Disclosure.Terms;

/// <summary>One word of a term and how it must meet the text.</summary>
internal sealed record TermWord(string Text, TermMode Mode)
{
    public static TermWord Parse(string word)
    {
        var leading = word.StartsWith('*');
        var trailing = word.Length > 1 && word.EndsWith('*');
        var text = word.Trim('*');
        if (text.Length == 0 || text.Contains('*', StringComparison.Ordinal))
        {
            throw new FormatException($"Malformed term word '{word}'.");
        }

        var mode = (leading, trailing) switch
        {
            (true, true) => TermMode.Contains,
            (true, false) => TermMode.Suffix,
            (false, true) => TermMode.Prefix,
            _ => TermMode.Exact,
        };
        return new TermWord(text, mode);
    }

    public bool Meets(string word) => Mode switch
    {
        TermMode.Exact => string.Equals(word, Text, StringComparison.Ordinal),
        TermMode.Prefix => word.StartsWith(Text, StringComparison.Ordinal),
        TermMode.Suffix => word.EndsWith(Text, StringComparison.Ordinal),
        _ => word.Contains(Text, StringComparison.Ordinal),
    };
}
