namespace Ward.Triage.Replies;

/// <summary>Romanian safety texts.</summary>
internal static class RomanianReplies
{
    public static ReplyTable Table { get; } = new(
        Language: "ro",
        CallNow: "Sunați acum la {0}.",
        CallEither: "Sunați acum la 911 dacă sunteți în SUA sau la 112 dacă sunteți în Europa.",
        Crisis: "Puteți suna sau scrie și la 988 (linia de criză), oricând.",
        PoisonControl: "Sunați și la Centrul de Toxicologie: {0}.",
        Alerted: "Medicul de gardă a fost anunțat.",
        AskWhere: "Sunteți în SUA sau în Europa?",
        Holding: "Vă mulțumim. Un medic vă va răspunde. Dacă se agravează sau este o urgență, "
            + "sunați la {0}.",
        Either: "911 (SUA) sau 112 (Europa)",
        Acknowledgement: "Vă mulțumim, am primit mesajul și vă vom răspunde în curând.",
        Steps:
        [
            "Opriți orice efort și așezați-vă. Descuiați ușa.",
            "Stați în șezut, drept. Dacă cineva nu respiră, începeți masajul cardiac.",
            "Apăsați puternic rana cu o cârpă curată și nu dați drumul.",
            "Rămâneți cu persoana și îndepărtați pastilele, armele și alte mijloace.",
            "Îmbrăcați bebelușul subțire. Nu dați medicamente fără indicație.",
            "Notați ora la care a început. Nu dați nimic de mâncat sau de băut.",
            "Folosiți stiloul cu adrenalină, dacă există. Întindeți-vă cu picioarele ridicate.",
            "Țineți persoana nemișcată și nu o lăsați singură.",
            "Nu mâncați și nu beți nimic. Stați întins până sosește ajutorul.",
            "Nu provocați vărsături. Păstrați ambalajul sau recipientul.",
            "Nu țineți persoana cu forța și nu puneți nimic în gură. Întoarceți-o pe o parte și "
                + "cronometrați.",
        ]);
}
