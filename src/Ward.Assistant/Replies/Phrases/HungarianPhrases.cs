namespace Ward.Assistant.Replies.Phrases;

/// <summary>Ward's own phrases in Hungarian.</summary>
internal static class HungarianPhrases
{
    public static PhraseTable Table { get; } = new(
        "hu",
        "Köszönjük. Üzenete a rendelő csapatánál van; rendelési időben válaszolnak.",
        "Köszönjük. Időpontkérése a recepción van; visszaigazolnak egy időpontot.",
        "Ezek az időpontok szabadok: {0}. Válaszoljon a kívánttal.",
        "Köszönjük. A recepció felveszi Önnel a kapcsolatot az időpont módosítása vagy "
            + "lemondása miatt.",
        "Köszönjük. A receptkérése most a csapat feladata. Ha még nem írta meg, "
            + "válaszoljon a gyógyszer nevével és a gyógyszertárral.",
        "Kérjük, töltse ki itt a felvételi űrlapot: {0}",
        "Szeretné, hogy asszisztensünk segítsen kitölteni az Ön nyelvén? Válaszoljon "
            + "IGEN vagy NEM.",
        "A csapat egyik tagja a lehető leghamarabb jelentkezik.",
        "Köszönjük. Írjon nekünk bármikor, ha szüksége van valamire.",
        "A rendelő ezt az információt más nyelven adta meg:");
}
