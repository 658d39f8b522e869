namespace Ward.Assistant.Understanding.Lexicons;

/// <summary>Haitian Creole cue phrases per intent; a shorter list than the dev-set languages.</summary>
internal static class HaitianCreoleCues
{
    public const string Code = "ht";

    public const string Data = """
        [opening_hours] ki le nou louvri^5 | louvri^4 | fèmen^4 | fèmen ki lè^4 | ki lè^3 | orè^5
        [booking] randevou^4 | pran randevou^5 | wè doktè^3
        [rescheduling] chanje randevou^6 | deplase^6 | yon lòt jou^3
        [cancelling] anile^6 | mwen pap ka vini^5
        [refill_request] preskripsyon^4 | renouvle^5 | medikaman^2 | renmèd^2 | fini^2
        [insurance_accepted] asirans^5 | medicaid^4 | medicare^4
        [directions] adrès^4 | ki kote^4 | kijan pou m rive^4 | pakin^4 | otobis^3
        [intake_form] fòm^5 | ranpli^3 | enskripsyon^3
        [billing_question] bòdwo^4 | peye^3 | konbyen^4 | pri^4 | frè^4
        [speak_to_person] pale ak^4 | yon moun^4 | rele m^5 | resepsyon^4
        [small_talk] mèsi | dakò | ok | bonjou | bonswa | byen
        [clinical] èske se nòmal | se nòmal | èske m dwe pran | mwen ka pran | ki dòz | dòz
        efè segondè | danjere | antibyotik
        """;
}
