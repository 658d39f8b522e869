namespace Ward.Triage.Replies;

/// <summary>Serbian safety texts, Latin script (ekavian).</summary>
internal static class SerbianReplies
{
    public static ReplyTable Table { get; } = new(
        Language: "sr",
        CallNow: "Odmah pozovite {0}.",
        CallEither: "Odmah pozovite 911 ako ste u SAD, ili 112 ako ste u Evropi.",
        Crisis: "Možete i da pozovete ili pošaljete poruku na 988 (krizna linija) "
            + "u bilo koje vreme.",
        PoisonControl: "Pozovite i centar za trovanja: {0}.",
        Alerted: "Dežurni lekar je obavešten.",
        AskWhere: "Da li ste u SAD ili u Evropi?",
        Holding: "Hvala. Lekar će vam odgovoriti. Ako se stanje pogorša ili je hitno, "
            + "pozovite {0}.",
        Either: "911 (SAD) ili 112 (Evropa)",
        Acknowledgement: "Hvala, primili smo vašu poruku i uskoro ćemo odgovoriti.",
        Steps:
        [
            "Prekinite svaku aktivnost i sedite. Otključajte vrata.",
            "Sedite uspravno. Ako neko ne diše, počnite reanimaciju.",
            "Čvrsto pritisnite ranu čistom tkaninom i ne puštajte.",
            "Ostanite uz osobu i sklonite lekove, oružje i druga sredstva.",
            "Obucite bebu lagano. Ne dajte lekove bez uputstva lekara.",
            "Zapišite vreme početka. Ne dajte ništa da jede ili pije.",
            "Upotrebite autoinjektor adrenalina ako postoji. Lezite i podignite noge.",
            "Neka osoba miruje i ne ostavljajte je samu.",
            "Ne jedite i ne pijte ništa. Ležite mirno dok pomoć ne stigne.",
            "Ne izazivajte povraćanje. Sačuvajte ambalažu.",
            "Ne držite osobu na silu i ne stavljajte ništa u usta. Okrenite je na bok i merite "
                + "vreme.",
        ]);
}
