namespace Ward.Triage.Lexicons;

/// <summary>
/// Every built-in language. Adding a language is one file with a <c>Code</c> and a
/// <c>Data</c> constant, and one line here.
/// </summary>
internal static class BuiltInLexicons
{
    private static readonly Lazy<IReadOnlyList<Lexicon>> Parsed = new(ParseAll);

    public static IReadOnlyList<Lexicon> All => Parsed.Value;

    public static Lexicon Places { get; } = Lexicon.Parse(Gazetteer.Code, Gazetteer.Data);

    private static IReadOnlyList<Lexicon> ParseAll() =>
    [
        Lexicon.Parse(English.Code, English.Data),
        Lexicon.Parse(Spanish.Code, Spanish.Data),
        Lexicon.Parse(Bulgarian.Code, Bulgarian.Data),
    ];
}
