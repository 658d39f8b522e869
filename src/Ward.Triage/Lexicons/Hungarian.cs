namespace Ward.Triage.Lexicons;

/// <summary>Hungarian phrases; Hungarian adds suffixes, so stems end in <c>*</c>.</summary>
internal static class Hungarian
{
    public const string Code = "hu";

    public const string Data = """
        [ChestPain]
        mellkasi fajdalm*
        mellkasi fajdalom | mellkasa szorit | mellkasom szorit | szorit a mellkas* | infarktus
        szivroham | fajdalom a mellkas*
        [Breathing]
        nem kap levegot | nem kapok levegot | nem lelegzik | fullad* | kek az ajka | elkekult
        [Bleeding]
        eros verzes | nagyon verzik | sok ver | nem all el a verzes | vert hany
        [SuicideSelfHarm]
        ongyilkos* | megolom magam | meg akarok halni | nem akarok elni | felvagom
        osszes gyogyszert
        [Stroke]
        stroke | agyverzes | lebenyult | elferdult a szaja | nem tud beszelni
        [Anaphylaxis]
        bedagadt a torka | dagad a torka
        torka bedagad | nyelve bedagad | anafilax* | allergias sokk | nem tudok nyelni
        [Fever]
        laz | laza | lazas | lazat | lazam | homerseklet | fok
        [AgeDay]
        napos
        [AgeWeek]
        hetes
        [AgeMonth]
        honapos
        [HeadHit]
        beutotte a fejet | fejet beutotte | beverte a fejet
        beverte a fejet | fejserules | agyrazkodas
        [Unconscious]
        eszmeletlen | elajult | elvesztette az eszmeletet
        [Unresponsive]
        nem reagal | nem valaszol
        [Altered]
        hany | zavart
        [AbdominalPain]
        hasfaj*
        hasfajas | faj a hasa | fajdalom a hasaban
        [Severe]
        eros | elviselhetetlen | szornyu
        [ShockSign]
        sapadt | izzad | hideg veritek
        [Swelling]
        bedagadt | feldagadt | duzzad*
        [Hives]
        csalankiutes
        [AllergyTrigger]
        mogyoro*
        mogyoro | dio | daraz | csipes | penicillin | antibiotikum | injekcio | allergi*
        [BleedWord]
        verzik | verzes | verez*
        [Heavy]
        nagyon | sok | nem all el
        [Sudden]
        hirtelen
        [Pregnant]
        terhes | varandos
        [Negation]
        nem | nincs | soha
        [Clinical]
        szedhetek | adag | gyogyszer* | normalis | laz | fajdalom
        [Routine]
        idopont | szamla | fizet* | cim | parkol* | recept | pelenkazo | rendelo*
        [Stopword]
        a | az | es | van | nem | hogy | egy | meg | is | de | mi | en | ez
        [Poisoning]
        megmérgezte magát | mérgezést kapott | szén-monoxid mérgezés | szénmonoxid mérgezés
        [Seizure]
        rohama van | epilepsziás roham | görcsroham | rángatózik | lázgörcs | görcsöl és
        [Ingested]
        lenyelt | lenyelte | megivott | megitta | megevett | megette | ivott
        [Toxin]
        hypo | hipó | fagyálló | lefolyótisztító | patkányméreg | méreg | mérget | növényvédő szer
        mosókapszula | elem | elemet | gombelem | gombelemet | mágnes* | lúg | benzin | hígító
        aceton | tisztítószer*
        [Medicine]
        gyógyszereket | tablettákat | gyógyszert | tablettát
        [Child]
        gyerek* | fiam | lányom | baba | babám | kisfiam | kislányom | unokám
        [Idiom]
        ételmérgezés | nevetőgörcs | dührohamot
        """;
}
