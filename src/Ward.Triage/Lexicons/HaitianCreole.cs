namespace Ward.Triage.Lexicons;

/// <summary>Haitian Creole phrases.</summary>
internal static class HaitianCreole
{
    public const string Code = "ht";

    public const string Data = """
        [ChestPain]
        gen .. doule nan pwatrin | gen .. doule nan ke
        doule nan pwatrin | pwatrin mwen fe mal | kriz kadyak | ke mwen ap sere
        [Breathing]
        pa ka respire | li pa ka respire | m pa ka respire | soufle kout | bouch li vin ble
        vin ble | toufe
        [Bleeding]
        san an pa vle kanpe | san an pa kanpe | san an pa vle sispann | san an pa sispann
        anpil san | san an pa vle sispann | senyen anpil
        [SuicideSelfHarm]
        touye tet mwen | vle mouri | m vle mouri | pa vle viv anko
        [Stroke]
        estwok | bouch li kwochi | pa ka pale
        [Anaphylaxis]
        goj li ap anfle | goj mwen ap anfle | goj .. anfle
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
        gen .. doule nan vant | gen .. vant fe mal
        vant fe mal | doule nan vant
        [Severe]
        pa ka sipote | gwo doule
        anpil anpil | grav
        [Swelling]
        anfle
        [AllergyTrigger]
        pistach | pike myel | aleji
        [HeadHit]
        frape tet | tonbe sou tet | kogne tet
        [Negation]
        pa | san
        [Clinical]
        medikaman | renmed | touse | doule | lafyev
        [Routine]
        randevou | randevo | peye | adres
        [Stopword]
        mwen | m | li | an | la | nan | ak | pa | ka | ap | yo | pou | eske
        [Poisoning]
        anpwazonnen | pwazonnen | entoksike
        [Seizure]
        ap fè kriz | fè yon kriz | kriz malkadi | malkadi | konvilsyon | ap konvilse
        [Ingested]
        bwè | te vale | vale yon | te manje | manje yon
        [Toxin]
        klowòks | klorox | pwazon | pwazon rat | pil | batri | leman | gazolin | kewozèn
        tinè | asetòn | pwodwi netwayaj
        [Medicine]
        grenn | medikaman | pilil
        [Child]
        pitit mwen | timoun | ti bebe | bebe a | pitit gason | pitit fi
        """;
}
