namespace Ward.Triage.Lexicons;

/// <summary>Czech phrases; háčky and čárky fold, so text typed without them matches.</summary>
internal static class Czech
{
    public const string Code = "cs";

    public const string Data = """
        [ChestPain]
        bolest na hrudi | bolest na prsou | tlak na hrudi | svira me na hrudi | infarkt
        [Breathing]
        nemuzu dychat | nemuze dychat | nedycha | dusi se | dusim se | modre rty | zmodral*
        [Bleeding]
        krev neprestava | neprestava krvacet | krvaceni neprestava
        silne krvaceni | hodne krve | krev nejde zastavit | krvaci hodne | zvraci krev
        [SuicideSelfHarm]
        zabit se | zabiju se | sebevrazd* | chci umrit | nechci zit | rozlouceni | spolykal*
        vsechny prasky | rezu se | skocit z | obesit se
        [Stroke]
        mrtvice | povisly koutek | nezretelna rec | nemuze mluvit | ochrnut*
        [Anaphylaxis]
        otekl* hrdlo | oteka jazyk | anafyla* | alergicky sok | nemuzu polykat
        [Fever]
        horecka | horecku | teplota | teplotu | stupnu
        [Newborn]
        novoroz*
        [AgeDay]
        den | dny | dnu
        [AgeWeek]
        tyden | tydny | tydnu
        [AgeMonth]
        mesic | mesice | mesicu
        [HeadHit]
        prastil se do hlavy | prastila se do hlavy | bouchl se do hlavy | uhodila se do hlavy
        uhodil se do hlavy | uder do hlavy | narazil hlavu | otres mozku
        [Unconscious]
        bezvedomi | omdlel* | ztratil vedomi | ztratila vedomi
        [Unresponsive]
        nereaguje | neodpovida
        [AbdominalPain]
        bolest bricha | boli me bricho | boli bricho
        [Severe]
        strasne | hrozne
        silna | nesnesitelna | hrozna | krouti se
        [ShockSign]
        bled* | studeny pot | poti se
        [Swelling]
        oteka | otekaji
        otekl* | oteklou | otok
        [Hives]
        koprivka | vyrazka po celem tele
        [AllergyTrigger]
        arasidy | orechy | vcela | vosa | bodnuti | penicilin | antibiotik* | injekce | alergi*
        [BleedWord]
        krev | krvaci | rana
        [Heavy]
        neprestava
        hodne | silne | nejde zastavit
        [Sudden]
        najednou | nahle
        [Pregnant]
        tehotna | tehotenstvi
        [Negation]
        nemam | uz nemam
        ne | bez | nikdy | zadnou | zadny
        [Clinical]
        je normalni | muzu | davka | lek* | prasky | ockovani | horecka | bolest | kasel
        [Routine]
        objednat | termin | faktura | platba | adresa | parkovani | recept | potvrzeni
        [Stopword]
        a | je | se | na | v | ze | mi | mam | ma | to | jsem | po | s | k | ale | muj | moje
        [Poisoning]
        otravil se | otravila se | otrava oxidem uhelnatym | toxikologicke informacni stredisko
        [Seizure]
        ma zachvat | epilepticky zachvat | krece | ma krece | kreci se | febrilni krece
        [Ingested]
        spolkl | spolkla | spolklo | vypil | vypila | vypilo | snedl | snedla | snedlo
        [Toxin]
        savo | bělidlo | nemrznoucí směs | čistič odpadů | jed na krysy | jed | pesticid*
        kapsle na praní | baterie | baterii | baterku | knoflíková baterie | magnet* | louh | benzín
        ředidlo | aceton | čisticí prostředek
        [Medicine]
        prášky | tablety | léky
        [Child]
        dítě | syn | dcera | miminko | batole | vnuk | vnučka
        [Idiom]
        otrava jídlem | záchvat smíchu | záchvat vzteku
        """;
}
