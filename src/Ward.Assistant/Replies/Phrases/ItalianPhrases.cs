namespace Ward.Assistant.Replies.Phrases;

/// <summary>Ward's own phrases in Italian.</summary>
internal static class ItalianPhrases
{
    public static PhraseTable Table { get; } = new(
        "it",
        "Grazie. Il suo messaggio è con il personale dello studio; le risponderanno in "
            + "orario di apertura.",
        "Grazie. La sua richiesta di appuntamento è in segreteria; le confermeranno un "
            + "orario.",
        "Questi orari sono liberi: {0}. Risponda con quello che preferisce.",
        "Grazie. La segreteria la contatterà per spostare o annullare il suo "
            + "appuntamento.",
        "Grazie. La sua richiesta di ricetta è ora un compito per lo studio. Se non "
            + "l'ha ancora fatto, scriva il nome del farmaco e la sua farmacia.",
        "Compili il modulo di accettazione qui: {0}",
        "Vuole che il nostro assistente la aiuti a compilarlo nella sua lingua? "
            + "Risponda SÌ o NO.",
        "Una persona dello studio la contatterà appena possibile.",
        "Grazie. Ci scriva quando ne ha bisogno.",
        "Lo studio ha questa informazione in un'altra lingua:");
}
