namespace Ward.Assistant.Replies.Phrases;

/// <summary>Ward's own phrases in Tagalog.</summary>
internal static class TagalogPhrases
{
    public static PhraseTable Table { get; } = new(
        "tl",
        "Salamat po. Nasa team ng klinika na ang mensahe ninyo; sasagot sila sa oras "
            + "ng opisina.",
        "Salamat po. Nasa front desk na ang hiling ninyong appointment; kukumpirmahin "
            + "nila ang oras.",
        "Bakante ang mga oras na ito: {0}. Sumagot kung alin ang gusto ninyo.",
        "Salamat po. Kokontakin kayo ng front desk para baguhin o kanselahin ang "
            + "appointment ninyo.",
        "Salamat po. Gawain na ng team ang hiling ninyong refill. Kung hindi pa ninyo "
            + "nasabi, isulat ang pangalan ng gamot at ang inyong botika.",
        "Pakisagutan ang intake form dito: {0}",
        "Gusto ba ninyong tulungan kayo ng aming assistant na sagutan ito sa inyong "
            + "wika? Sumagot ng OO o HINDI.",
        "Kokontakin kayo ng isang miyembro ng team sa lalong madaling panahon.",
        "Salamat po. Sumulat lang kayo kapag may kailangan kayo.",
        "Nasa ibang wika ang impormasyong ito ng klinika:");
}
