using System.Collections.Frozen;
using Ward.Assistant.Replies.Phrases;

namespace Ward.Assistant.Replies;

/// <summary>Ward's own phrases by language; English where a language has none.</summary>
internal static class AssistantPhrases
{
    private static readonly FrozenDictionary<string, PhraseTable> Tables = new[]
    {
        EnglishPhrases.Table, SpanishPhrases.Table, BulgarianPhrases.Table, GermanPhrases.Table,
        FrenchPhrases.Table, ItalianPhrases.Table, PortuguesePhrases.Table, RomanianPhrases.Table,
        PolishPhrases.Table, DutchPhrases.Table, GreekPhrases.Table, RussianPhrases.Table,
        UkrainianPhrases.Table, TurkishPhrases.Table, ArabicPhrases.Table, HindiPhrases.Table,
        ChinesePhrases.Table, VietnamesePhrases.Table, TagalogPhrases.Table, CzechPhrases.Table,
        HungarianPhrases.Table, SwedishPhrases.Table, SerbianPhrases.Table, CroatianPhrases.Table,
        PersianPhrases.Table, UrduPhrases.Table, BengaliPhrases.Table, JapanesePhrases.Table,
        KoreanPhrases.Table, HaitianCreolePhrases.Table,
    }.ToFrozenDictionary(t => t.Language, StringComparer.Ordinal);

    public static IReadOnlyCollection<string> Languages => Tables.Keys;

    public static PhraseTable For(string language) =>
        Tables.GetValueOrDefault(language) ?? EnglishPhrases.Table;
}
