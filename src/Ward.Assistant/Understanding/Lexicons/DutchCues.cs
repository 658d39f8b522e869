namespace Ward.Assistant.Understanding.Lexicons;

/// <summary>Dutch cue phrases per intent; a shorter list than the dev-set languages.</summary>
internal static class DutchCues
{
    public const string Code = "nl";

    public const string Data = """
        [opening_hours] openingstijden^5 | open^3 | geopend^4 | dicht^3 | hoe laat^3
        tot hoe laat^4
        [booking] afspraak^3 | afspraak maken^5 | inplannen^4 | langskomen^2 | dokter^2
        [rescheduling] verzetten^6 | verplaatsen^6 | andere dag^3 | ander tijdstip^3
        [cancelling] afzeggen^6 | annuleren^6 | kan niet komen^5
        [refill_request] herhaalrecept^6 | recept^4 | medicijnen^2
        [insurance_accepted] verzekering^4 | zorgverzekering^5 | verzekerd^4 | vergoed^3
        [directions] adres^4 | waar zijn jullie^4 | route^4 | parkeren^4 | bus^3 | rolstoel^3
        [intake_form] formulier^5 | vragenlijst^4 | inschrijven^3 | invullen^3
        [billing_question] rekening^4 | factuur^4 | betalen^3 | kosten^4 | kost^3 | prijs^4
        tarief^4
        [speak_to_person] spreken met^4 | iemand^3 | assistente^4 | bel me^5 | terugbellen^5
        mens^4
        [small_talk] dank je | dank u | bedankt | ok | hallo | goedemorgen | prima | top | doei
        [clinical] is dit normaal | is het normaal | moet ik .. nemen | mag ik .. nemen
        welke dosis | hoeveel mg
        bijwerking | bijwerkingen | is het gevaarlijk | ernstig | antibiotica | stoppen met
        besmettelijk
        """;
}
