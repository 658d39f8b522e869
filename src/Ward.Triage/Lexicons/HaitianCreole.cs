namespace Ward.Triage.Lexicons;

/// <summary>Haitian Creole phrases.</summary>
internal static class HaitianCreole
{
    public const string Code = "ht";

    public const string Data = """
        [ChestPain]
        doule nan pwatrin | pwatrin mwen fe mal | kriz kadyak | ke mwen ap sere
        [Breathing]
        pa ka respire | li pa ka respire | m pa ka respire | soufle kout | bouch li vin ble
        vin ble | toufe
        [Bleeding]
        anpil san | san an pa vle sispann | senyen anpil
        [SuicideSelfHarm]
        touye tet mwen | vle mouri | m vle mouri | pa vle viv anko
        [Stroke]
        estwok | bouch li kwochi | pa ka pale
        [Anaphylaxis]
        goj mwen anfle | goj li anfle | lang li anfle
        [Fever]
        lafyev | fyev | cho
        [AgeWeek]
        semenn
        [AgeMonth]
        mwa
        [Unconscious]
        endispoze | pedi konesans | san konesans
        [AbdominalPain]
        vant fe mal | doule nan vant
        [Severe]
        anpil anpil | grav
        [Swelling]
        anfle
        [Negation]
        pa | san
        [Clinical]
        medikaman | renmed | touse | doule | lafyev
        [Routine]
        randevou | randevo | peye | adres
        [Stopword]
        mwen | m | li | an | la | nan | ak | pa | ka | ap | yo | pou | eske
        """;
}
