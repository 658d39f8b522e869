namespace Ward.Assistant.Understanding.Lexicons;

/// <summary>Serbian cue phrases per intent; a shorter list than the dev-set languages.</summary>
internal static class SerbianCues
{
    public const string Code = "sr";

    public const string Data = """
        [opening_hours] радно време^5 | radno vreme^5 | радите^4 | radite^4 | до када^4 | do kada^4
        [booking] заказати^4 | zakazati^4 | термин^3 | termin^3 | преглед^2 | pregled^2
        [rescheduling] померити^6 | pomeriti^6 | други дан^3 | drugi dan^3
        [cancelling] отказати^6 | otkazati^6 | не могу да дођем^5 | ne mogu da dodjem^5
        [refill_request] рецепт^4 | recept^4 | лекови^2 | lekovi^2 | нестало^3
        [insurance_accepted] осигурање^4 | osiguranje^4 | рфзо^5 | rfzo^5 | књижица^4 | knjizica^4
        [directions] адреса^4 | adresa^4 | где се налазите^5 | gde se nalazite^5 | паркинг^4
        parking^4
        [intake_form] образац^5 | obrazac^5 | упитник^4 | upitnik^4 | попунити^3 | popuniti^3
        [billing_question] рачун^4 | racun^4 | плаћање^3 | placanje^3 | колико кошта^4
        koliko kosta^4 | цена^4 | cena^4
        [speak_to_person] разговарати са^4 | razgovarati sa^4 | особом^4 | osobom^4
        позовите ме^5 | pozovite me^5
        [small_talk] хвала | hvala | ок | ok | добро | dobro | здраво | zdravo
        [clinical] да ли је нормално | da li je normalno | да ли да пијем | da li da pijem
        која доза | koja doza
        нежељени ефекти | nezeljeni efekti | антибиотик | antibiotik
        """;
}
