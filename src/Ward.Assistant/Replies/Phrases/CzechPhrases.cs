namespace Ward.Assistant.Replies.Phrases;

/// <summary>Ward's own phrases in Czech.</summary>
internal static class CzechPhrases
{
    public static PhraseTable Table { get; } = new(
        "cs",
        "Děkujeme. Vaše zpráva je u týmu ordinace; odpoví v ordinačních hodinách.",
        "Děkujeme. Vaše žádost o termín je na recepci; potvrdí vám čas.",
        "Tyto časy jsou volné: {0}. Odpovězte tím, který chcete.",
        "Děkujeme. Recepce se vám ozve kvůli změně nebo zrušení termínu.",
        "Děkujeme. Vaše žádost o recept je nyní úkolem pro tým. Pokud jste to ještě "
            + "neuvedli, napište název léku a svou lékárnu.",
        "Vyplňte prosím vstupní formulář zde: {0}",
        "Chcete, aby vám náš asistent pomohl jej vyplnit ve vašem jazyce? Odpovězte "
            + "ANO nebo NE.",
        "Někdo z týmu se vám co nejdříve ozve.",
        "Děkujeme. Napište nám, kdykoli budete potřebovat.",
        "Ordinace má tuto informaci v jiném jazyce:");
}
