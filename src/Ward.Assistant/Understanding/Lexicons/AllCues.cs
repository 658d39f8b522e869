namespace Ward.Assistant.Understanding.Lexicons;

/// <summary>Every language's cue lexicon. Adding a language is one file and one line here.</summary>
internal static class AllCues
{
    private static readonly Lazy<IReadOnlyList<IntentLexicon>> Parsed = new(ParseAll);

    public static IReadOnlyList<IntentLexicon> All => Parsed.Value;

    private static IReadOnlyList<IntentLexicon> ParseAll() =>
    [
        IntentLexicon.Parse(EnglishCues.Code, EnglishCues.Data),
        IntentLexicon.Parse(SpanishCues.Code, SpanishCues.Data),
        IntentLexicon.Parse(BulgarianCues.Code, BulgarianCues.Data),
        IntentLexicon.Parse(GermanCues.Code, GermanCues.Data),
        IntentLexicon.Parse(FrenchCues.Code, FrenchCues.Data),
        IntentLexicon.Parse(ItalianCues.Code, ItalianCues.Data),
        IntentLexicon.Parse(PortugueseCues.Code, PortugueseCues.Data),
        IntentLexicon.Parse(RomanianCues.Code, RomanianCues.Data),
        IntentLexicon.Parse(PolishCues.Code, PolishCues.Data),
        IntentLexicon.Parse(DutchCues.Code, DutchCues.Data),
        IntentLexicon.Parse(GreekCues.Code, GreekCues.Data),
        IntentLexicon.Parse(RussianCues.Code, RussianCues.Data),
        IntentLexicon.Parse(UkrainianCues.Code, UkrainianCues.Data),
        IntentLexicon.Parse(TurkishCues.Code, TurkishCues.Data),
        IntentLexicon.Parse(ArabicCues.Code, ArabicCues.Data),
        IntentLexicon.Parse(HindiCues.Code, HindiCues.Data),
        IntentLexicon.Parse(ChineseCues.Code, ChineseCues.Data),
        IntentLexicon.Parse(VietnameseCues.Code, VietnameseCues.Data),
        IntentLexicon.Parse(TagalogCues.Code, TagalogCues.Data),
        IntentLexicon.Parse(CzechCues.Code, CzechCues.Data),
        IntentLexicon.Parse(HungarianCues.Code, HungarianCues.Data),
        IntentLexicon.Parse(SwedishCues.Code, SwedishCues.Data),
        IntentLexicon.Parse(SerbianCues.Code, SerbianCues.Data),
        IntentLexicon.Parse(CroatianCues.Code, CroatianCues.Data),
        IntentLexicon.Parse(PersianCues.Code, PersianCues.Data),
        IntentLexicon.Parse(UrduCues.Code, UrduCues.Data),
        IntentLexicon.Parse(BengaliCues.Code, BengaliCues.Data),
        IntentLexicon.Parse(JapaneseCues.Code, JapaneseCues.Data),
        IntentLexicon.Parse(KoreanCues.Code, KoreanCues.Data),
        IntentLexicon.Parse(HaitianCreoleCues.Code, HaitianCreoleCues.Data),
    ];
}
