namespace Ward.Triage.Replies;

/// <summary>Every built-in reply table: one file per language, one line here.</summary>
internal static class ReplyTables
{
    public static IEnumerable<ReplyTable> All =>
    [
        EnglishReplies.Table,
        SpanishReplies.Table,
        BulgarianReplies.Table,
        GermanReplies.Table,
        FrenchReplies.Table,
        ItalianReplies.Table,
        PortugueseReplies.Table,
        RussianReplies.Table,
        UkrainianReplies.Table,
        PolishReplies.Table,
        RomanianReplies.Table,
        DutchReplies.Table,
        TurkishReplies.Table,
        ChineseReplies.Table,
        VietnameseReplies.Table,
        GreekReplies.Table,
        CzechReplies.Table,
        HungarianReplies.Table,
        SwedishReplies.Table,
        SerbianReplies.Table,
        CroatianReplies.Table,
        ArabicReplies.Table,
        PersianReplies.Table,
        HindiReplies.Table,
        UrduReplies.Table,
        BengaliReplies.Table,
        JapaneseReplies.Table,
        KoreanReplies.Table,
        TagalogReplies.Table,
        HaitianCreoleReplies.Table,
    ];
}
