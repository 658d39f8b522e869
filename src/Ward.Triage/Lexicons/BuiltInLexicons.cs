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
        Lexicon.Parse(German.Code, German.Data),
        Lexicon.Parse(French.Code, French.Data),
        Lexicon.Parse(Italian.Code, Italian.Data),
        Lexicon.Parse(Portuguese.Code, Portuguese.Data),
        Lexicon.Parse(Romanian.Code, Romanian.Data),
        Lexicon.Parse(Polish.Code, Polish.Data),
        Lexicon.Parse(Dutch.Code, Dutch.Data),
        Lexicon.Parse(Greek.Code, Greek.Data),
        Lexicon.Parse(Russian.Code, Russian.Data),
        Lexicon.Parse(Ukrainian.Code, Ukrainian.Data),
        Lexicon.Parse(Turkish.Code, Turkish.Data),
        Lexicon.Parse(Arabic.Code, Arabic.Data),
        Lexicon.Parse(Hindi.Code, Hindi.Data),
        Lexicon.Parse(Chinese.Code, Chinese.Data),
        Lexicon.Parse(Vietnamese.Code, Vietnamese.Data),
        Lexicon.Parse(Tagalog.Code, Tagalog.Data),
        Lexicon.Parse(Czech.Code, Czech.Data),
        Lexicon.Parse(Hungarian.Code, Hungarian.Data),
        Lexicon.Parse(Swedish.Code, Swedish.Data),
        Lexicon.Parse(Serbian.Code, Serbian.Data),
        Lexicon.Parse(Croatian.Code, Croatian.Data),
        Lexicon.Parse(Persian.Code, Persian.Data),
        Lexicon.Parse(Urdu.Code, Urdu.Data),
        Lexicon.Parse(Bengali.Code, Bengali.Data),
        Lexicon.Parse(Japanese.Code, Japanese.Data),
        Lexicon.Parse(Korean.Code, Korean.Data),
        Lexicon.Parse(HaitianCreole.Code, HaitianCreole.Data),
    ];
}
