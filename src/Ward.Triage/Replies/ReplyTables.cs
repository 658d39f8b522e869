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
    ];
}
