namespace Ward.Assistant.Understanding.Lexicons;

/// <summary>Swedish cue phrases per intent; a shorter list than the dev-set languages.</summary>
internal static class SwedishCues
{
    public const string Code = "sv";

    public const string Data = """
        [opening_hours] oppettider^5 | oppet^4 | oppnar^4 | stanger^4 | hur dags^3
        [booking] boka^4 | bokning^4 | tid hos^3 | lakartid^4 | besok^2
        [rescheduling] omboka^6 | flytta min tid^6 | annan dag^3 | annan tid^3
        [cancelling] avboka^6 | avbokning^6 | kan inte komma^5
        [refill_request] recept^4 | fornya recept^6 | mediciner^2 | slut pa^3
        [insurance_accepted] forsakring^4 | forsakrad^4 | hogkostnadskort^4
        [directions] adress^4 | var ligger ni^4 | hitta hit^4 | parkering^4 | buss^3
        [intake_form] formular^5 | blankett^4 | halsodeklaration^5 | fylla i^3
        [billing_question] faktura^4 | betala^3 | kostar^4 | pris^4 | avgift^4 | patientavgift^5
        [speak_to_person] prata med^4 | en manniska^5 | nagon^3 | ring mig^5 | receptionen^4
        [small_talk] tack | tack sa mycket | ok | hej | bra | toppen | perfekt
        [clinical] ar det normalt | ska jag ta | far jag ta | vilken dos | hur manga mg
        biverkningar
        ar det farligt | antibiotika | oroa mig
        """;
}
