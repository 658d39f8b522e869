namespace Ward.Assistant.Understanding.Lexicons;

/// <summary>Tagalog cue phrases per intent; a shorter list than the dev-set languages.</summary>
internal static class TagalogCues
{
    public const string Code = "tl";

    public const string Data = """
        [opening_hours] oras ng bukas^5 | bukas ba kayo^5 | bukas kayo^4 | anong oras^3 | sarado^3
        [booking] appointment^3 | magpa-schedule^4 | magpatingin^3 | magpa check up^3 | doktor^2
        [rescheduling] ilipat^6 | i-resched^6 | reschedule^6 | ibang araw^3 | ibang oras^3
        [cancelling] kanselahin^6 | i-cancel^6 | cancel^6 | hindi makakapunta^5
        [refill_request] reseta^4 | refill^5 | gamot^2 | naubos^3 | ubos na^3
        [insurance_accepted] insurance^4 | philhealth^5 | hmo^5 | maxicare^4 | intellicare^4
        [directions] address^4 | saan kayo^4 | paano pumunta^4 | parking^4 | jeep^3
        [intake_form] form^5 | fill up^3 | i-fill out^3 | rehistro^3
        [billing_question] bayad^3 | bayaran^3 | magkano^4 | presyo^4 | singil^4 | resibo^3 | bill^4
        [speak_to_person] makausap^4 | tao^3 | staff^3 | tawagan ako^5 | receptionist^4
        [small_talk] salamat | salamat po | ok | sige | hello | po | ayos
        [clinical] normal ba | normal lang ba | dapat ba akong uminom | pwede ba uminom
        ilang mg | dosis
        side effect | delikado ba | antibiotic
        """;
}
