namespace Ward.Assistant.Replies.Phrases;

/// <summary>Ward's own phrases in Polish.</summary>
internal static class PolishPhrases
{
    public static PhraseTable Table { get; } = new(
        "pl",
        "Dziękujemy. Wiadomość trafiła do zespołu przychodni; odpowiemy w godzinach "
            + "pracy.",
        "Dziękujemy. Prośba o wizytę jest w rejestracji; potwierdzimy termin.",
        "Wolne terminy: {0}. Odpowiedz, który wybierasz.",
        "Dziękujemy. Rejestracja skontaktuje się w sprawie zmiany lub odwołania wizyty.",
        "Dziękujemy. Prośba o receptę jest teraz zadaniem dla zespołu. Jeśli jeszcze "
            + "tego nie podano, napisz nazwę leku i aptekę.",
        "Prosimy wypełnić formularz rejestracyjny tutaj: {0}",
        "Czy nasz asystent ma pomóc wypełnić go w Twoim języku? Odpowiedz TAK lub NIE.",
        "Osoba z zespołu skontaktuje się jak najszybciej.",
        "Dziękujemy. Pisz, kiedy tylko potrzebujesz.",
        "Przychodnia ma tę informację w innym języku:");
}
