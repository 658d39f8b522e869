namespace Ward.Triage.Replies;

/// <summary>Croatian safety texts.</summary>
internal static class CroatianReplies
{
    public static ReplyTable Table { get; } = new(
        Language: "hr",
        CallNow: "Odmah nazovite {0}.",
        CallEither: "Odmah nazovite 911 ako ste u SAD-u ili 112 ako ste u Europi.",
        Crisis: "Možete i nazvati ili poslati poruku na 988 (krizna linija) u bilo koje vrijeme.",
        PoisonControl: "Nazovite i centar za otrovanja: {0}.",
        Alerted: "Dežurni liječnik je obaviješten.",
        AskWhere: "Jeste li u SAD-u ili u Europi?",
        Holding: "Hvala. Liječnik će vam odgovoriti. Ako se stanje pogorša ili je hitno, "
            + "nazovite {0}.",
        Either: "911 (SAD) ili 112 (Europa)",
        Acknowledgement: "Hvala, primili smo vašu poruku i uskoro ćemo odgovoriti.",
        Steps:
        [
            "Prekinite svaku aktivnost i sjednite. Otključajte vrata.",
            "Sjedite uspravno. Ako netko ne diše, započnite oživljavanje.",
            "Čvrsto pritisnite ranu čistom tkaninom i ne puštajte.",
            "Ostanite uz osobu i uklonite lijekove, oružje i druga sredstva.",
            "Obucite bebu lagano. Ne dajte lijekove bez uputa liječnika.",
            "Zapišite vrijeme početka. Ne dajte ništa jesti ni piti.",
            "Upotrijebite autoinjektor adrenalina ako postoji. Lezite i podignite noge.",
            "Neka osoba miruje i ne ostavljajte je samu.",
            "Ništa ne jedite ni pijte. Mirno ležite dok ne stigne pomoć.",
            "Ne izazivajte povraćanje. Sačuvajte ambalažu.",
            "Ne držite osobu na silu i ne stavljajte ništa u usta. Okrenite je na bok i mjerite "
                + "vrijeme.",
        ]);
}
