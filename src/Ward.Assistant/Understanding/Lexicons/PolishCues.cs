namespace Ward.Assistant.Understanding.Lexicons;

/// <summary>Polish cue phrases per intent.</summary>
internal static class PolishCues
{
    public const string Code = "pl";

    public const string Data = """
        [opening_hours] godziny otwarcia^5 | otwarte^4 | otwieracie^4 | czynne^4 | czynna^4
        zamykacie^4
        o ktorej^3 | do ktorej^4 | godziny pracy^5 | w jakich godzinach^4
        [booking] wizyta^3 | wizyte^3 | wizyty^3 | umowic^4 | zapisac^4 | zarejestrowac^4 | termin^3
        do lekarza^3 | wolny termin^4 | badanie^1 | przyjsc^2
        [rescheduling] przelozyc^6 | przesunac^6 | zmienic termin^6 | zmiana terminu^6
        inny dzien^3
        inna godzine^3
        [cancelling] odwolac^6 | anulowac^6 | odwolanie^6 | nie moge przyjsc^5 | nie przyjde^5
        rezygnuje^5
        [refill_request] recepta^4 | recepte^4 | recepty^4 | przedluzenie^4 | leki^2 | lekow^2
        skonczyly sie^3 | koncza sie^3 | tabletki^2 | e-recepta^4
        [insurance_accepted] ubezpieczenie^4 | ubezpieczony^4 | nfz^5 | luxmed^4 | medicover^4
        pakiet^3
        abonament^3 | refundacja^3 | ewus^4
        [directions] adres^4 | gdzie jestescie^4 | gdzie sie znajduje^4 | jak dojechac^4
        jak dojsc^4
        parking^4 | zaparkowac^4 | autobus^3 | tramwaj^3 | wozek^3 | pietro^2 | wejscie^3
        [intake_form] formularz^5 | ankieta^4 | ankiete^4 | kwestionariusz^4 | wypelnic^3
        rejestracja^2
        deklaracja^4
        [billing_question] bez ubezpieczenia^6 | rachunek^4 | faktura^4 | fakture^4 | platnosc^3
        zaplacic^3 | ile kosztuje^4
        cena^4 | cennik^4 | oplata^4 | koszt^4 | paragon^3 | zwrot^3 | prywatnie^3 | karta^2
        [speak_to_person] porozmawiac z^4 | rozmawiac z^4 | czlowiekiem^5 | z kims^4 | recepcja^3
        rejestratorka^4 | zadzwoncie^5 | oddzwonic^5 | konsultant^4
        [question] szczepienie^4 | szczepienia^4 | szczepionka^4
        [small_talk] dziekuje | dzieki | ok | okej | dzien dobry | czesc | super | swietnie
        do widzenia
        jasne | rozumiem
        [clinical] czy to normalne | to normalne | czy normalne | czy mam brac | czy moge brac
        czy moge wziac
        jaka dawka | jaka dawke | ile mg | ile tabletek | skutki uboczne | skutek uboczny
        efekt uboczny
        czy to grozne | czy to niebezpieczne | czy powinienem | czy powinnam | martwic sie
        antybiotyk
        czy moge przestac | odstawic | zarazliwe | co oznacza | z alkoholem | czy moge dac
        czy mam dac
        """;
}
