namespace Ward.Assistant.Replies.Phrases;

/// <summary>Ward's own phrases in Swedish.</summary>
internal static class SwedishPhrases
{
    public static PhraseTable Table { get; } = new(
        "sv",
        "Tack. Ditt meddelande ligger hos mottagningens team; de svarar under "
            + "öppettiderna.",
        "Tack. Din bokningsförfrågan ligger i receptionen; de bekräftar en tid med dig.",
        "De här tiderna är lediga: {0}. Svara med den du vill ha.",
        "Tack. Receptionen kontaktar dig för att flytta eller avboka din tid.",
        "Tack. Din receptförfrågan är nu en uppgift för teamet. Om du inte redan har "
            + "gjort det, svara med läkemedlets namn och ditt apotek.",
        "Fyll i hälsodeklarationen här: {0}",
        "Vill du att vår assistent hjälper dig att fylla i den på ditt språk? Svara JA "
            + "eller NEJ.",
        "Någon i teamet kontaktar dig så snart som möjligt.",
        "Tack. Skriv till oss när du behöver något.",
        "Mottagningen har skrivit detta på ett annat språk:");
}
