namespace Ward.Assistant.Replies.Phrases;

/// <summary>Ward's own phrases in German.</summary>
internal static class GermanPhrases
{
    public static PhraseTable Table { get; } = new(
        "de",
        "Danke. Ihre Nachricht liegt beim Praxisteam; es antwortet während der "
            + "Sprechzeiten.",
        "Danke. Ihre Terminanfrage liegt beim Empfang; man bestätigt Ihnen eine "
            + "Uhrzeit.",
        "Diese Zeiten sind frei: {0}. Antworten Sie mit der gewünschten.",
        "Danke. Der Empfang meldet sich bei Ihnen, um Ihren Termin zu ändern oder "
            + "abzusagen.",
        "Danke. Ihre Rezeptanfrage ist jetzt eine Aufgabe für das Praxisteam. Falls "
            + "noch nicht geschehen, nennen Sie bitte das Medikament und Ihre Apotheke.",
        "Bitte füllen Sie den Aufnahmebogen hier aus: {0}",
        "Möchten Sie, dass unser Assistent Ihnen beim Ausfüllen in Ihrer Sprache "
            + "hilft? Antworten Sie JA oder NEIN.",
        "Jemand aus dem Praxisteam meldet sich so bald wie möglich bei Ihnen.",
        "Danke. Schreiben Sie uns jederzeit, wenn Sie etwas brauchen.",
        "Die Praxis hat diese Information in einer anderen Sprache:");
}
