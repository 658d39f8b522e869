namespace Ward.Triage.Replies;

/// <summary>Czech safety texts.</summary>
internal static class CzechReplies
{
    public static ReplyTable Table { get; } = new(
        Language: "cs",
        CallNow: "Volejte ihned {0}.",
        CallEither: "Volejte ihned 911, pokud jste v USA, nebo 112, pokud jste v Evropě.",
        Crisis: "Kdykoli můžete také volat nebo napsat na 988 (krizová linka).",
        PoisonControl: "Zavolejte také toxikologické informační středisko: {0}.",
        Alerted: "Lékař ve službě byl upozorněn.",
        AskWhere: "Jste v USA, nebo v Evropě?",
        Holding: "Děkujeme. Lékař vám odpoví. Pokud se stav zhorší nebo jde o naléhavou "
            + "situaci, volejte {0}.",
        Either: "911 (USA) nebo 112 (Evropa)",
        Acknowledgement: "Děkujeme, vaši zprávu jsme obdrželi a brzy odpovíme.",
        Steps:
        [
            "Přerušte veškerou činnost a posaďte se. Odemkněte dveře.",
            "Seďte vzpřímeně. Pokud někdo nedýchá, zahajte resuscitaci.",
            "Silně tiskněte ránu čistou látkou a nepovolujte.",
            "Zůstaňte s tou osobou a odstraňte léky, zbraně a jiné prostředky.",
            "Oblékněte dítě nalehko. Nedávejte žádné léky bez pokynu lékaře.",
            "Zapište si čas začátku. Nedávejte nic jíst ani pít.",
            "Použijte autoinjektor s adrenalinem, pokud ho máte. Lehněte si, nohy nahoru.",
            "Udržujte osobu bez pohybu a nenechávejte ji samotnou.",
            "Nic nejezte ani nepijte. Ležte v klidu, dokud nepřijde pomoc.",
            "Nevyvolávejte zvracení. Uschovejte obal.",
            "Nedržte ho násilím a nic mu nedávejte do úst. Otočte ho na bok a měřte čas.",
        ]);
}
