namespace Ward.Assistant.Understanding.Lexicons;

/// <summary>Czech cue phrases per intent; a shorter list than the dev-set languages.</summary>
internal static class CzechCues
{
    public const string Code = "cs";

    public const string Data = """
        [opening_hours] oteviraci doba^5 | otevreno^4 | ordinacni hodiny^5 | kdy mate otevreno^5
        do kolika^4
        [booking] objednat^4 | objednani^4 | termin^3 | k lekari^3 | navsteva^2
        [rescheduling] presunout^6 | prelozit^6 | jiny den^3 | jiny cas^3
        [cancelling] zrusit^6 | odhlasit^5 | nemohu prijit^5
        [refill_request] recept^4 | leky^2 | dosly^3 | erecept^4
        [insurance_accepted] pojistovna^4 | pojisteni^4 | pojisten^4 | vzp^5
        [directions] adresa^4 | kde jste^4 | jak se dostanu^4 | parkovani^4 | autobus^3
        [intake_form] formular^5 | dotaznik^4 | registrace^3 | vyplnit^3
        [billing_question] faktura^4 | platba^3 | zaplatit^3 | kolik stoji^4 | cena^4 | poplatek^4
        [speak_to_person] mluvit s^4 | clovekem^5 | sestrou^3 | zavolejte mi^5
        [small_talk] dekuji | diky | ok | dobry den | ahoj | super | rozumim
        [clinical] je to normalni | je normalni | mam brat | muzu brat | jaka davka | kolik mg
        vedlejsi ucinky
        je to nebezpecne | antibiotika | mam se bat
        """;
}
