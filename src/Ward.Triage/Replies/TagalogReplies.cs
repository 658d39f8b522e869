namespace Ward.Triage.Replies;

/// <summary>Tagalog (Filipino) safety texts.</summary>
internal static class TagalogReplies
{
    public static ReplyTable Table { get; } = new(
        Language: "tl",
        CallNow: "Tumawag kayo agad sa {0}.",
        CallEither: "Tumawag kayo agad sa 911 kung nasa US kayo, o sa 112 kung nasa Europa kayo.",
        Crisis: "Maaari rin kayong tumawag o mag-text sa 988 (crisis line) anumang oras.",
        PoisonControl: "Tumawag din sa Poison Control: {0}.",
        Alerted: "Naabisuhan na ang doktor na naka-duty.",
        AskWhere: "Nasa US ba kayo o nasa Europa?",
        Holding: "Salamat. Sasagutin kayo ng isang doktor. Kung lumala ito o emergency, "
            + "tumawag sa {0}.",
        Either: "911 (US) o 112 (Europa)",
        Acknowledgement: "Salamat, natanggap namin ang inyong mensahe at sasagot kami agad.",
        Steps:
        [
            "Itigil ang lahat ng gawain at umupo. Buksan ang kandado ng pinto.",
            "Umupo nang tuwid. Kung may hindi humihinga, simulan ang CPR.",
            "Diinan nang malakas ang sugat gamit ang malinis na tela at huwag bitawan.",
            "Samahan ang tao at alisin ang mga gamot, armas o iba pang maaaring gamitin.",
            "Bihisan ang sanggol ng manipis na damit. Huwag bigyan ng gamot kung walang "
                + "payo ng doktor.",
            "Tandaan ang oras ng pagsimula. Huwag magbigay ng pagkain o inumin.",
            "Gamitin ang adrenaline auto-injector kung mayroon. Humiga at itaas ang mga binti.",
            "Panatilihing hindi gumagalaw ang tao at huwag siyang iwang mag-isa.",
            "Huwag kumain o uminom. Humiga nang tahimik hanggang dumating ang tulong.",
            "Huwag siyang pasukahin. Itago ang lalagyan o pakete.",
            "Huwag siyang pigilan at huwag lagyan ng anuman ang bibig. Ihiga nang patagilid at "
                + "orasan.",
        ]);
}
