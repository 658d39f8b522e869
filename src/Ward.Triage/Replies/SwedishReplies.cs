namespace Ward.Triage.Replies;

/// <summary>Swedish safety texts.</summary>
internal static class SwedishReplies
{
    public static ReplyTable Table { get; } = new(
        Language: "sv",
        CallNow: "Ring {0} nu.",
        CallEither: "Ring 911 nu om du är i USA, eller 112 om du är i Europa.",
        Crisis: "Du kan också ringa eller sms:a 988 (kris- och självmordslinjen) när som helst.",
        PoisonControl: "Ring också giftinformationen: {0}.",
        Alerted: "Jourhavande läkare har larmats.",
        AskWhere: "Är du i USA eller i Europa?",
        Holding: "Tack. En läkare svarar dig. Om det blir värre eller är ett nödläge, ring {0}.",
        Either: "911 (USA) eller 112 (Europa)",
        Acknowledgement: "Tack, vi har fått ditt meddelande och svarar snart.",
        Steps:
        [
            "Avbryt all aktivitet och sätt dig ner. Lås upp dörren.",
            "Sitt upprätt. Om någon inte andas, starta HLR.",
            "Tryck hårt på såret med en ren tygbit och släpp inte.",
            "Stanna hos personen och ta bort tabletter, vapen och andra medel.",
            "Klä barnet lätt. Ge ingen medicin utan läkares besked.",
            "Notera när det började. Ge inget att äta eller dricka.",
            "Använd adrenalinpenna om det finns. Lägg dig ner med benen högt.",
            "Håll personen stilla och lämna inte personen ensam.",
            "Ät eller drick ingenting. Ligg stilla tills hjälpen kommer.",
            "Framkalla inte kräkning. Spara förpackningen.",
            "Håll inte fast personen och stoppa inget i munnen. Lägg personen på sidan och ta tid.",
        ]);
}
