namespace Ward.Assistant.Understanding.Lexicons;

/// <summary>Hungarian cue phrases per intent; a shorter list than the dev-set languages.</summary>
internal static class HungarianCues
{
    public const string Code = "hu";

    public const string Data = """
        [opening_hours] nyitvatartas^5 | rendelesi ido^5 | nyitva^4 | mikor nyitnak^5 | meddig^3
        [booking] idopont^4 | idopontot^4 | bejelentkezni^4 | foglalni^4 | vizsgalat^2 | orvoshoz^3
        [rescheduling] atrakni^6 | athelyezni^6 | masik nap^3 | masik idopont^5
        [cancelling] lemondani^6 | lemondom^6 | torolni^6 | nem tudok menni^5
        [refill_request] recept^4 | receptet^4 | gyogyszer^2 | gyogyszerem^2 | elfogyott^3
        felirat^4
        [insurance_accepted] biztositas^4 | tb^4 | taj kartya^4 | egeszsegpenztar^4
        [directions] cim^4 | cimuk^4 | hol vannak^4 | hogyan jutok^4 | parkolas^4 | busz^3
        [intake_form] urlap^5 | kerdoiv^4 | kitolteni^3 | regisztracio^3
        [billing_question] szamla^4 | fizetes^3 | fizetni^3 | mennyibe kerul^4 | ar^3 | dij^4
        [speak_to_person] beszelni^4 | emberrel^5 | valakivel^4 | asszisztens^4 | hivjanak^5
        [small_talk] koszonom | koszi | ok | rendben | szia | jo napot | szuper
        [clinical] normalis ez | ez normalis | szedjem | bevehetem | mennyi adag | hany mg
        mellekhatas
        veszelyes | antibiotikum | aggodjak
        """;
}
