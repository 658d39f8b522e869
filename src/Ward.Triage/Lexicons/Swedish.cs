namespace Ward.Triage.Lexicons;

/// <summary>Swedish phrases; å, ä, ö fold to a, a, o.</summary>
internal static class Swedish
{
    public const string Code = "sv";

    public const string Data = """
        [ChestPain]
        jatteont i brostet | smarta i brostet
        ont i brostet | brostsmart* | tryck over brostet | hjartinfarkt | hjartattack
        [Breathing]
        kan inte andas | andas inte | far ingen luft | kvav* | blaa lappar | bla lappar
        [Bleeding]
        blodar mycket | kraftig blodning | mycket blod | slutar inte blo*
        [SuicideSelfHarm]
        ta livet av mig | sjalvmord | vill do | vill inte leva | skar mig | alla tabletter
        [Stroke]
        stroke | hangande mungipa | sluddrar | kan inte prata | forlamad
        [Anaphylaxis]
        halsen svullnar | tungan svullnar | anafyla* | allergisk chock | kan inte svalja
        [Fever]
        feber | febrig | grader
        [Newborn]
        nyfod*
        [AgeDay]
        dagar | dag
        [AgeWeek]
        veckor | vecka
        [AgeMonth]
        manader | manad
        [HeadHit]
        slog i huvudet | slag mot huvudet | hjarnskakning
        [Unconscious]
        medvetslos | svimmade | tappade medvetandet
        [Unresponsive]
        svarar inte | reagerar inte | vaknar inte
        [Altered]
        krakas | kraks | forvirrad
        [AbdominalPain]
        ont i magen | magsmart* | smarta i buken | buksmart* | ont i buken
        [Severe]
        fruktansvart* | jatteont
        vrider sig av smarta | olidlig | fruktansvard | kraftig
        [ShockSign]
        blek | kallsvett* | svettas
        [Swelling]
        svullen | svullna | svullnad
        [Hives]
        nasselutslag
        [AllergyTrigger]
        jordnot* | notter | geting | penicillin | antibiotika | spruta | allergi*
        [BleedWord]
        blod* | sar
        [Heavy]
        mycket | kraftig* | slutar inte
        [Sudden]
        plotsligt
        [Pregnant]
        gravid
        [Negation]
        inte | ingen | inget | utan | aldrig
        [Clinical]
        kan jag ta | dos | medicin* | tabletter | feber | ont | hosta | normalt
        [Routine]
        tid | bokning | boka | kvitto | hogkostnadskort | faktura | betala | adress | parkering
        recept | frikort
        [Stopword]
        och | jag | det | att | i | en | ett | ar | som | pa | med | min | mitt | har | kan | till
        [Poisoning]
        förgiftad | kolmonoxidförgiftning | giftinformation*
        [Seizure]
        har ett krampanfall | krampanfall
        kramper i hela kroppen | epileptiskt anfall | feberkramp*
        [Ingested]
        svalt | svalde | druckit | drack | ätit | fått i sig
        [Toxin]
        klorin | blekmedel | kylarvätska | frostskydd*
        avloppsrensare | råttgift | gift | bekämpningsmedel
        tvättkapsel* | diskmaskintablett* | batteri | knappcell* | knappcellsbatteri | magnet*
        lut | bensin | lacknafta | thinner | aceton | rengöringsmedel
        [Medicine]
        tabletter | piller | mediciner | läkemedel
        [Child]
        barn | barnet | son | dotter | bebis | bäbis | lillen | barnbarn
        [Idiom]
        matförgiftning | skrattanfall
        """;
}
