namespace Ward.Assistant.Replies.Phrases;

/// <summary>Ward's own phrases in Croatian.</summary>
internal static class CroatianPhrases
{
    public static PhraseTable Table { get; } = new(
        "hr",
        "Hvala. Vaša poruka je kod tima ordinacije; odgovorit će u radno vrijeme.",
        "Hvala. Vaš zahtjev za termin je na prijemu; potvrdit će vam vrijeme.",
        "Ovi termini su slobodni: {0}. Odgovorite onim koji želite.",
        "Hvala. Prijem će vas kontaktirati radi promjene ili otkazivanja termina.",
        "Hvala. Vaš zahtjev za recept sada je zadatak za tim. Ako još niste, napišite "
            + "naziv lijeka i svoju ljekarnu.",
        "Molimo ispunite prijemni obrazac ovdje: {0}",
        "Želite li da vam naš asistent pomogne ispuniti ga na vašem jeziku? Odgovorite "
            + "DA ili NE.",
        "Netko iz tima javit će vam se što prije.",
        "Hvala. Pišite nam kad god trebate nešto.",
        "Ordinacija ima ovu informaciju na drugom jeziku:");
}
