namespace Ward.Triage.Tests.Languages;

/// <summary>
/// A poisoning and a seizure message in each language with phrases for the two kinds, and
/// hard negatives (negation, past episode, general question, idiom) that must stay calm.
/// </summary>
public static class PoisoningSeizureLanguageCases
{
    public static TheoryData<string, string, string> Emergencies => new()
    {
        { "en", "poisoning", "my toddler got into the laundry pods and chewed one" },
        { "en", "seizure", "my husband is having a seizure on the floor" },
        { "es", "poisoning", "mi hija se tomó lejía" },
        { "es", "poisoning", "mi bebé se tragó una pila de botón" },
        { "es", "seizure", "mi esposo está convulsionando" },
        { "bg", "poisoning", "Синът ми глътна батерийка" },
        { "bg", "poisoning", "deteto mi izpi belina" },
        { "bg", "seizure", "мъжът ми получи гърч и не реагира" },
        { "bg", "seizure", "deteto ima garch v momenta" },
        { "de", "poisoning", "Mein Sohn hat eine Knopfbatterie verschluckt" },
        { "de", "seizure", "Meine Frau hat einen Krampfanfall" },
        { "fr", "poisoning", "Mon fils a avalé une pile bouton" },
        { "fr", "seizure", "Ma fille fait une crise d'épilepsie" },
        { "it", "poisoning", "Mio figlio ha bevuto la candeggina" },
        { "it", "seizure", "Mio marito ha le convulsioni" },
        { "pt", "poisoning", "Meu filho bebeu água sanitária" },
        { "pt", "seizure", "Minha filha está tendo uma convulsão" },
        { "ro", "poisoning", "Copilul meu a băut înălbitor" },
        { "ro", "seizure", "Soțul meu are convulsii" },
        { "pl", "poisoning", "Moje dziecko wypiło wybielacz" },
        { "pl", "seizure", "Mąż ma drgawki i nie reaguje" },
        { "nl", "poisoning", "Mijn zoon heeft een batterij ingeslikt" },
        { "nl", "seizure", "Mijn vrouw heeft een epileptische aanval" },
        { "el", "poisoning", "Το παιδί μου ήπιε χλωρίνη" },
        { "el", "seizure", "Ο άντρας μου έχει σπασμούς" },
        { "ru", "poisoning", "Мой сын выпил отбеливатель" },
        { "ru", "seizure", "У него судороги, он не отвечает" },
        { "uk", "poisoning", "Мій син проковтнув батарейку" },
        { "uk", "seizure", "У неї судоми" },
        { "tr", "poisoning", "Oğlum çamaşır suyu içti" },
        { "tr", "seizure", "Babam nöbet geçiriyor" },
        { "ar", "poisoning", "ابني شرب كلور" },
        { "ar", "seizure", "زوجي عنده تشنج" },
    };

    public static TheoryData<string, string> HardNegatives => new()
    {
        { "es", "tuve convulsiones hace 5 años" },
        { "es", "¿es peligrosa la lejía para limpiar el baño?" },
        { "es", "creo que tengo intoxicación alimentaria" },
        { "bg", "имах гърчове като дете" },
        { "bg", "имам хранително отравяне от вчера" },
        { "de", "Ich hatte 2015 einen Krampfanfall" },
        { "de", "Ist Bleichmittel gefährlich zum Putzen?" },
        { "de", "Mein Chef kriegt einen Anfall, wenn ich zu spät komme" },
        { "fr", "J'ai une intoxication alimentaire" },
        { "fr", "mon fils va piquer une crise" },
        { "it", "ho un'intossicazione alimentare" },
        { "pt", "estou com intoxicação alimentar" },
        { "ro", "am toxiinfecție alimentară" },
        { "pl", "mam zatrucie pokarmowe" },
        { "pl", "dziecko ma napad złości" },
        { "nl", "ik heb voedselvergiftiging" },
        { "el", "έχω τροφική δηλητηρίαση" },
        { "ru", "у меня пищевое отравление" },
        { "uk", "у мене харчове отруєння" },
        { "tr", "gıda zehirlenmesi geçirdim" },
        { "ar", "عندي تسمم غذائي" },
    };
}
