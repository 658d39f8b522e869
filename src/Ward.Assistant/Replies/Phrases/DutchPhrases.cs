namespace Ward.Assistant.Replies.Phrases;

/// <summary>Ward's own phrases in Dutch.</summary>
internal static class DutchPhrases
{
    public static PhraseTable Table { get; } = new(
        "nl",
        "Dank u. Uw bericht ligt bij het praktijkteam; zij antwoorden tijdens "
            + "openingstijden.",
        "Dank u. Uw afspraakverzoek ligt bij de balie; zij bevestigen een tijd.",
        "Deze tijden zijn vrij: {0}. Antwoord met de tijd die u wilt.",
        "Dank u. De balie neemt contact op om uw afspraak te verzetten of af te zeggen.",
        "Dank u. Uw receptverzoek is nu een taak voor het team. Noem, als u dat nog "
            + "niet deed, het medicijn en uw apotheek.",
        "Vul hier het intakeformulier in: {0}",
        "Wilt u dat onze assistent helpt het in uw taal in te vullen? Antwoord JA of "
            + "NEE.",
        "Iemand van het team neemt zo snel mogelijk contact op.",
        "Dank u. Schrijf ons wanneer u iets nodig hebt.",
        "De praktijk heeft deze informatie in een andere taal:");
}
