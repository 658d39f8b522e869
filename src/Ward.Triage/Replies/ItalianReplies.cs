namespace Ward.Triage.Replies;

/// <summary>Italian safety texts.</summary>
internal static class ItalianReplies
{
    public static ReplyTable Table { get; } = new(
        Language: "it",
        CallNow: "Chiami subito il {0}.",
        CallEither: "Chiami subito il 911 se è negli Stati Uniti, o il 112 se è in Europa.",
        Crisis: "Può anche chiamare o scrivere al 988 (linea di crisi) in qualsiasi momento.",
        PoisonControl: "Chiami anche il Centro Antiveleni: {0}.",
        Alerted: "Il medico di turno è stato avvisato.",
        AskWhere: "È negli Stati Uniti o in Europa?",
        Holding: "Grazie. Un medico le risponderà. Se peggiora o è un'emergenza, chiami il {0}.",
        Either: "911 (Stati Uniti) o 112 (Europa)",
        Acknowledgement: "Grazie, abbiamo ricevuto il suo messaggio e risponderemo presto.",
        Steps:
        [
            "Interrompa ogni sforzo e si sieda. Apra la porta di casa.",
            "Stia seduto dritto. Se qualcuno non respira, inizi il massaggio cardiaco.",
            "Prema forte sulla ferita con un panno pulito e non lasci la presa.",
            "Resti con la persona e allontani farmaci, armi e altri mezzi.",
            "Vesta il neonato in modo leggero. Nessun farmaco senza indicazione.",
            "Annoti l'ora di inizio. Non dia nulla da mangiare o da bere.",
            "Usi la penna di adrenalina se c'è. Si sdrai con le gambe sollevate.",
            "Tenga ferma la persona e non la lasci sola.",
            "Non mangi né beva nulla. Resti sdraiato finché arrivano i soccorsi.",
            "Non provochi il vomito. Conservi la confezione o il contenitore.",
            "Non trattenga la persona e non metta nulla in bocca. La giri su un fianco e misuri "
                + "la durata.",
        ]);
}
