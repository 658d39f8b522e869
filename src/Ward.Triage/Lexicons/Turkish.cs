namespace Ward.Triage.Lexicons;

/// <summary>
/// Turkish phrases. Turkish adds suffixes, so stems end in <c>*</c> ("ağrı*" matches "ağrısı").
/// Negation often follows the word ("ağrı yok"): those words are post-negations.
/// </summary>
internal static class Turkish
{
    public const string Code = "tr";

    public const string Data = """
        [ChestPain]
        gogsumde .. agri* | gogus* .. agri* | gogsum .. agri*
        gogus agrisi | gogsumde agri | gogsum agri* | gogsumde baski | gogsum sikis* | kalp krizi
        [Breathing]
        nefes alamiyorum | nefes alamiyor | nefes almiyor | nefesim daral* | bogul* | morardi
        dudaklari mor | nefes darligi
        [Bleeding]
        kan durmuyor | kanama durmuyor | cok kan | siddetli kanama | kan kusuyor | kan tukuruyor
        [SuicideSelfHarm]
        intihar* | kendimi oldur* | olmek istiyor* | yasamak istemiyor* | bilegini kesti
        bilegimi kes* | butun ilaclari | kendimi asacag* | atlayacag*
        [Stroke]
        inme | felc | agzi kaydi | konusmasi peltek* | konusamiyor | tarafini hissetmiyor
        kolunu kaldiramiyor | yuzu kaydi
        [Anaphylaxis]
        bogazim sisiyor | bogazi sis* | dili sis* | anafila* | alerjik sok | yutkunamiyor*
        [Fever]
        ates* | yaniyor | derece
        [Newborn]
        yenidogan | yeni dogan
        [AgeDay]
        gunluk | gun
        [AgeWeek]
        haftalik | hafta
        [AgeMonth]
        aylik | ay
        [Duration]
        beri | boyunca | sonra
        [HeadHit]
        basini carpti | basina darbe | kafasini vurdu | kafa travmasi | kafasini carpti
        [Unconscious]
        bayildi | bilincini kaybetti | baygin
        [Unresponsive]
        tepki vermiyor | cevap vermiyor | uyanmiyor
        [Altered]
        kusuyor | bilinci bulanik | uykulu
        [AbdominalPain]
        karnimda .. agri* | karnimda agri
        karin agrisi | karnim agri* | karni agri* | mide agrisi
        [Severe]
        cok siddetli | siddetli | dayanilmaz | kivraniyor
        [ShockSign]
        soluk | bembeyaz | soguk ter | terliyor
        [ArmJaw]
        sol kol | cene | omuz
        [Swelling]
        sisti | sismis | dudaklari sis*
        [Hives]
        kurdesen | kasinti her yerde
        [AllergyTrigger]
        fistik | ceviz | ari | sokma | penisilin | antibiyotik | igne | alerji*
        [BleedWord]
        kan | kaniyor | kanama
        [Heavy]
        cok | durmuyor | derin
        [Mild]
        biraz | hafif | kucuk | cizik
        [Sudden]
        birden | aniden
        [NeuroSign]
        hissetmiyor | uyusma | konusamiyor
        [Pregnant]
        hamile*
        [Negation]
        hic
        [PostNegation]
        yok | degil | gecti
        [History]
        yil once | gecen yil
        [Hypothetical]
        belirtileri | ne yapmali
        [Clinical]
        ilac* | doz | damla | gerekir mi | normal mi | agri* | ates | oksuruk | kizardi | capak*
        [Routine]
        randevu* | tercuman | hatirlatma* | fatura | odeme | adres | otopark | recete
        [Stopword]
        ve | bir | bu | mi | miyim | mu | ben | benim | icin | ile | cok | da | de | annem
        [Presence]
        su an | simdi
        [Poisoning]
        karbonmonoksit zehirlenmesi | karbonmonoksit .. soludu | zehir danışma
        [Seizure]
        nöbet geçiriyor | nöbet geçirdi | kriz geçiriyor .. sara | sara nöbeti | sara krizi
        epilepsi nöbeti | epilepsi krizi | havale geçiriyor | havale geçirdi | ateşli havale
        vücudu kasılıyor | kasılma nöbeti | titriyor .. tepki vermiyor | nöbet .. geçmiyor
        [Ingested]
        yuttu | içti | yedi | yutmuş | içmiş | yemiş | ağzına aldı
        [Toxin]
        çamaşır suyu | kezzap | antifriz | lavabo açıcı | fare zehiri | zehir | böcek ilacı
        tarım ilacı | pestisit | deterjan | bulaşık tableti | çamaşır kapsülü | pil | piller
        düğme pil | saat pili | mıknatıs | kostik | amonyak | benzin | gazyağı | tiner | aseton
        temizlik malzemesi | temizlik ürünü | babaannesinin ilaçları | anneannesinin ilaçları
        [Medicine]
        ilaç* | hapla* | hapları | tablet*
        [Child]
        çocuk* | oğlum | kızım | bebek* | bebeğim | torun*
        [Idiom]
        gıda zehirlenmesi | sinir krizi | gülme krizi
        [Clinical]
        gıda zehirlenmesi | epilepsi | sara
        """;
}
