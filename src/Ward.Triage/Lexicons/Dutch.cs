namespace Ward.Triage.Lexicons;

/// <summary>Dutch phrases.</summary>
internal static class Dutch
{
    public const string Code = "nl";

    public const string Data = """
        [ChestPain]
        pijn op mijn borst | pijn op zijn borst | pijn op haar borst | pijn in de borst
        pijn op de borst | pijn in mijn borst | druk op de borst | beklemming op de borst
        hartaanval | hartinfarct
        [Breathing]
        kan niet ademen | kan geen adem | krijgt geen lucht | krijg geen lucht | ademt niet
        benauwd | stikt | blauwe lippen | loopt blauw aan
        [Bleeding]
        bloedt heel erg | bloedt hevig | veel bloed | stopt niet met bloeden | bloed spuit
        [SuicideSelfHarm]
        zelfmoord | suicid* | mezelf doden | einde aan zijn leven | einde aan mijn leven
        einde aan haar leven | wil dood | wil niet meer leven | mezelf snijden | alle pillen
        springen | ophangen | mes bij zich
        [Stroke]
        mond .. scheef | gezicht .. scheef | mondhoek hangt
        beroerte | herseninfarct | scheve mond | hangende mondhoek | praat onduidelijk
        kan niet praten | verlamd
        [Anaphylaxis]
        keel .. zwelt | tong .. zwelt | anafyla* | allergische shock | kan niet slikken
        [Fever]
        koorts | gloeit | temperatuur | graden
        [Newborn]
        pasgeboren*
        [AgeDay]
        dag | dagen
        [AgeWeek]
        week | weken
        [AgeMonth]
        maand | maanden
        [Duration]
        sinds | voor
        [HeadHit]
        hoofd gestoten | op zijn hoofd | op haar hoofd | hersenschudding
        [Unconscious]
        bewusteloos | flauwgevallen | buiten bewustzijn
        [Unresponsive]
        reageert niet | wordt niet wakker
        [Altered]
        braakt | verward | suf
        [AbdominalPain]
        buikpijn | pijn in mijn buik | maagpijn
        [Severe]
        ontzettend* | verschrikkelijk* | vreselijk* | dubbel van de pijn
        ondraaglijk | heel erg | hevig* | ergste
        [ShockSign]
        bleek | zweet | koud zweet | grauw
        [ArmJaw]
        linkerarm | kaak | schouder
        [Swelling]
        opgezwollen | gezwollen | zwelling
        [Hives]
        netelroos | bulten
        [AllergyTrigger]
        pinda* | noten | wesp | steek | penicilline | antibiotica | prik | allergi*
        [BleedWord]
        bloed* | wond
        [Heavy]
        heel erg | veel | hevig | stopt niet | diep
        [Mild]
        beetje | klein | licht | schram
        [Sudden]
        plotseling | ineens | opeens
        [NeuroSign]
        arm .. slap | gevoelloos
        [Pregnant]
        zwanger*
        [Negation]
        geen | niet | zonder | nooit
        [PostNegation]
        weg | beter
        [History]
        jaar geleden | vorig jaar | in 19* | in 20*
        [Hypothetical]
        symptomen van | signalen van | wat te doen als
        [Clinical]
        mag ik | kan ik .. nemen | dosis | medicijn* | pillen | koorts | pijn | hoest | normaal
        [Routine]
        afspraak | brievenbus | urinepotje* | balie | rekening | factuur | verzekering | adres
        parkeren | recept | openingstijden
        [Stopword]
        ik | de | het | een | en | is | van | mijn | niet | met | op | heeft | hebben | jullie
        of | dat | moet | zijn | hij | zij | zegt | wil | aan | heeft | ook | maar | nog
        [Presence]
        in | ben in | zijn in | op vakantie in
        [Poisoning]
        vergiftigd | koolmonoxidevergiftiging | koolmonoxide .. ingeademd | co melder gaat af
        koolmonoxidemelder gaat af | antigifcentrum | vergiftigingen informatie centrum
        [Seizure]
        epileptische aanval | heeft een toeval | krijgt een toeval | kreeg een toeval | stuipen
        koortsstuip* | stuiptrekk* | schokt .. hele lichaam | trekkingen | convuls*
        heeft een insult | krijgt een insult
        [Ingested]
        ingeslikt | doorgeslikt | opgedronken | gedronken | opgegeten | gegeten | binnengekregen
        ingenomen | gelikt
        [Toxin]
        bleekwater | bleekmiddel | chloor | antivries | ontstopper | gootsteenontstopper
        rattengif | muizengif | gif | pesticide* | insecticide* | onkruidverdelger | wasmiddel
        wasmiddelcapsule* | wascapsule* | vaatwastablet* | knoopcel* | batterij* | magneet
        magneten | ammoniak | benzine | petroleum | lampenolie | aanstekervloeistof | terpentine
        thinner | nagellakremover | aceton | schoonmaakmiddel* | chemicalien | pillen van oma
        medicijnen van oma
        [Medicine]
        pillen | tabletten | medicijnen | medicatie
        [Child]
        mijn kind | ons kind | het kind | kindje | zoon | zoontje | dochter | dochtertje | peuter
        kleinkind | de kleine
        [Idiom]
        voedselvergiftiging | stuipen op het lijf
        [Clinical]
        voedselvergiftiging | epilepsie
        """;
}
