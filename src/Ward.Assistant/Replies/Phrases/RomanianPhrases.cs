namespace Ward.Assistant.Replies.Phrases;

/// <summary>Ward's own phrases in Romanian.</summary>
internal static class RomanianPhrases
{
    public static PhraseTable Table { get; } = new(
        "ro",
        "Vă mulțumim. Mesajul dumneavoastră este la echipa cabinetului; vă vor "
            + "răspunde în timpul programului.",
        "Vă mulțumim. Cererea de programare este la recepție; vă vor confirma o oră.",
        "Aceste ore sunt libere: {0}. Răspundeți cu cea dorită.",
        "Vă mulțumim. Recepția vă va contacta pentru a muta sau anula programarea.",
        "Vă mulțumim. Cererea de rețetă este acum o sarcină pentru echipă. Dacă nu ați "
            + "spus deja, scrieți numele medicamentului și farmacia.",
        "Vă rugăm să completați formularul de înregistrare aici: {0}",
        "Doriți ca asistentul nostru să vă ajute să îl completați în limba "
            + "dumneavoastră? Răspundeți DA sau NU.",
        "Cineva din echipă vă va contacta cât mai curând.",
        "Vă mulțumim. Scrieți-ne oricând aveți nevoie.",
        "Cabinetul are această informație în altă limbă:");
}
