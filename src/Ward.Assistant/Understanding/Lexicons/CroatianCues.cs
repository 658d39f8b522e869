namespace Ward.Assistant.Understanding.Lexicons;

/// <summary>Croatian cue phrases per intent; a shorter list than the dev-set languages.</summary>
internal static class CroatianCues
{
    public const string Code = "hr";

    public const string Data = """
        [opening_hours] radno vrijeme^5 | radite^4 | otvoreno^4 | do kada^4 | u koliko sati^3
        [booking] naruciti^4 | narudzba^4 | termin^3 | pregled^2 | kod doktora^3
        [rescheduling] pomaknuti^6 | premjestiti^6 | drugi dan^3 | drugi termin^3
        [cancelling] otkazati^6 | ne mogu doci^5
        [refill_request] recept^4 | lijekovi^2 | lijekove^2 | ponestalo^3 | ponoviti recept^5
        [insurance_accepted] osiguranje^4 | hzzo^5 | dopunsko^4 | osiguran^4
        [directions] adresa^4 | gdje se nalazite^5 | kako doci^4 | parking^4 | autobus^3
        [intake_form] obrazac^5 | upitnik^4 | ispuniti^3 | registracija^3
        [billing_question] racun^4 | placanje^3 | platiti^3 | koliko kosta^4 | cijena^4
        [speak_to_person] razgovarati s^4 | osobom^4 | sestrom^3 | nazovite me^5
        [small_talk] hvala | ok | dobro | bok | dobar dan | super | razumijem
        [clinical] je li normalno | je li to normalno | trebam li uzeti | smijem li uzeti
        koja doza | koliko mg
        nuspojave | je li opasno | antibiotik
        """;
}
