namespace Ward.Triage.Lexicons;

/// <summary>Croatian phrases; they also serve Serbian and Bosnian in Latin letters.</summary>
internal static class Croatian
{
    public const string Code = "hr";

    public const string Data = """
        [ChestPain]
        bol u prsima | bol u grudima | boli me u prsima | stezanje u prsima | pritisak u prsima
        infarkt | srcani udar
        [Breathing]
        ne mogu disati | ne mogu da disem | ne moze disati | ne disem | ne dise | gusi se
        gusim se | plave usne | pomodrio
        [Bleeding]
        jako krvari | puno krvi | mnogo krvi | krv ne prestaje | krvarenje ne prestaje
        povraca krv
        [SuicideSelfHarm]
        ne zelim .. zivjeti | ne zelim .. da zivim | ubit cu se | ubicu se | da se ubijem
        ubiti se | ubijem se | samoubojstv* | samoubistv* | zelim umrijeti | hocu da umrem
        ne zelim zivjeti | ne zelim da zivim | rezem se | sve tablete | skociti s | objesiti se
        [Stroke]
        mozdani udar | slog | iskrivljena usta | ne moze govoriti | oduzeta ruka
        [Anaphylaxis]
        otice grlo | oticu .. jezik | otekao jezik | anafila* | alergijski sok | ne mogu gutati
        [Fever]
        temperatur* | groznica | vrucica | stupnjeva
        [Newborn]
        novorodence
        [AgeDay]
        dan | dana
        [AgeWeek]
        tjedan | tjedna | tjedana | nedelja | nedelje
        [AgeMonth]
        mjesec | mjeseca | mjeseci | mesec | meseca | meseci
        [HeadHit]
        pao na glavu | pala na glavu
        udario se u glavu | udarila se u glavu | udario se glavom | udarila se glavom
        udario glavu | udarila glavu | udarac u glavu | potres mozga
        [Unconscious]
        izgubila svijest | izgubio svest | izgubila svest | izgubio je svijest
        bez svijesti | bez svesti | onesvijestio | onesvijestila | izgubio svijest
        [Unresponsive]
        ne reagira | ne reaguje | ne odgovara
        [Altered]
        povraca | zbunjen* | vrti mi se
        [AbdominalPain]
        bol u trbuhu | boli me trbuh | bol u stomaku
        [Severe]
        jaka | jak | nepodnosljiv* | uzasn*
        [ShockSign]
        blijed* | hladan znoj | znoji se
        [Swelling]
        otice | otiče
        oticu | otekl* | otok | natekl*
        [Hives]
        koprivnjaca | osip po cijelom tijelu
        [AllergyTrigger]
        ubod*
        kikiriki | orasi | pcela | osa | ubod | penicilin | antibiotik* | injekcij* | alergi*
        [BleedWord]
        krv | krvari | rana
        [Heavy]
        jako | puno | mnogo | ne prestaje | duboka
        [Sudden]
        iznenada | odjednom | naglo
        [Pregnant]
        trudna | trudnoci | trudnoca
        [Negation]
        nemam | vise nemam
        ne | nema | bez | nikad
        [Clinical]
        smijem li | smem li | mogu li | doza | lijek* | tablet* | temperatura | bol | kasalj
        trudnoci | piti
        [Routine]
        narudzb* | termin | racun | placanje | adresa | parking | recept | potvrda
        [Stopword]
        i | u | je | da | se | na | ne | mi | sa | za | od | ima | moj | moja | li | nakon
        [Poisoning]
        otrovao se | otrovala se | trovanje ugljičnim monoksidom | centar za kontrolu otrovanja
        [Seizure]
        ima napadaj | epileptični napadaj | grčevi cijelog tijela | konvulzij* | febrilne konvulzije
        [Ingested]
        progutao | progutala | progutalo | popio | popila | popilo | pojeo | pojela | pojelo
        [Toxin]
        varikina | varikinu | izbjeljivač | antifriz | otrov za štakore | otrov | pesticid* | kapsula za rublje
        baterija | bateriju | gumbasta baterija | magnet* | kaustična soda | benzin | razrjeđivač
        aceton | sredstvo za čišćenje
        [Medicine]
        tablete | lijekove | pilule
        [Child]
        dijete | sin | kći | kćer | beba | unuk | unuka
        [Idiom]
        trovanje hranom | napadaj smijeha | napadaj bijesa
        """;
}
