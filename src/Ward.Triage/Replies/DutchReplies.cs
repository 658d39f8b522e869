namespace Ward.Triage.Replies;

/// <summary>Dutch safety texts.</summary>
internal static class DutchReplies
{
    public static ReplyTable Table { get; } = new(
        Language: "nl",
        CallNow: "Bel nu {0}.",
        CallEither: "Bel nu 911 als u in de VS bent, of 112 als u in Europa bent.",
        Crisis: "U kunt ook altijd 988 (crisislijn) bellen of een bericht sturen.",
        PoisonControl: "Bel ook de antigifcentrale: {0}.",
        Alerted: "De dienstdoende arts is gewaarschuwd.",
        AskWhere: "Bent u in de VS of in Europa?",
        Holding: "Dank u. Een zorgverlener antwoordt u. Als het erger wordt of een noodgeval is, "
            + "bel dan {0}.",
        Either: "911 (VS) of 112 (Europa)",
        Acknowledgement: "Dank u, we hebben uw bericht ontvangen en antwoorden snel.",
        Steps:
        [
            "Stop met elke inspanning en ga zitten. Doe de voordeur van het slot.",
            "Ga rechtop zitten. Ademt iemand niet, begin dan met reanimeren.",
            "Druk hard op de wond met een schone doek en laat niet los.",
            "Blijf bij de persoon en haal medicijnen, wapens en andere middelen weg.",
            "Kleed de baby luchtig. Geef geen medicijnen zonder advies.",
            "Onthoud hoe laat het begon. Geef niets te eten of te drinken.",
            "Gebruik een adrenalinepen als die er is. Ga liggen met de benen omhoog.",
            "Houd de persoon stil en laat hem of haar niet alleen.",
            "Niet eten of drinken. Blijf rustig liggen tot er hulp is.",
            "Laat de persoon niet braken. Bewaar de verpakking.",
            "Houd de persoon niet vast en stop niets in de mond. Leg hem op zijn zij en houd de "
                + "tijd bij.",
        ]);
}
