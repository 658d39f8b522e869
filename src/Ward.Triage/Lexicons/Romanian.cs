namespace Ward.Triage.Lexicons;

/// <summary>Romanian phrases; diacritics fold (ă, â, î, ș, ț), so both spellings match.</summary>
internal static class Romanian
{
    public const string Code = "ro";

    public const string Data = """
        [ChestPain]
        durere .. in piept | dureri .. in piept | ma doare .. pieptul
        durere in piept | dureri in piept | ma doare pieptul | il doare pieptul | apasare in piept
        strangere in piept | infarct | atac de cord
        [Breathing]
        nu pot sa respir | nu poate respira | nu respira | respir greu | respira greu
        sufoc* | se ineaca | buze albastre | se invineteste | lipsa de aer
        [Bleeding]
        sangereaza mult | sangerare puternica | mult sange | hemoragie | nu se opreste sangele
        vomita sange | tuseste sange
        [SuicideSelfHarm]
        sinucid* | sa ma omor | vreau sa mor | vrea sa moara | nu mai vreau sa traiesc
        sa-mi iau viata | imi iau viata | ma tai | toate pastilele | sa ma arunc | sa ma spanzur
        [Stroke]
        accident vascular | avc | gura stramba | fata cazuta | vorbeste greu | nu mai poate vorbi
        o parte .. paralizat* | bratul .. amortit
        [Anaphylaxis]
        umfla gatul | se umfla gatul | umfla .. gatul | umfla .. limba
        gatul .. umfla | limba umflata | anafila* | soc anafilactic | nu pot inghiti
        [Fever]
        febra | temperatura | fierbinte | grade
        [Newborn]
        nou nascut | nou-nascut
        [AgeDay]
        zi | zile
        [AgeWeek]
        saptamana | saptamani
        [AgeMonth]
        luna | luni
        [Duration]
        dupa | timp de | de la
        [HeadHit]
        s-a lovit la cap | lovit la cap | lovitura la cap | a cazut .. cap | traumatism cranian
        [Unconscious]
        lesin* | inconstient* | si-a pierdut cunostinta | a lesinat
        [Unresponsive]
        n-a mai raspuns | nu mai raspunde | nu raspunde | nu se trezeste | nu reactioneaza
        [Altered]
        voma | varsa | confuz* | somnolent*
        [AbdominalPain]
        durere de burta | dureri de burta | ma doare burta | durere abdominala | durere de stomac
        [Severe]
        foarte puternica | insuportabil* | groaznic* | cumplit* | se zvarcoleste
        [ShockSign]
        palid* | transpira | transpiratii reci | ameteala | ametit*
        [ArmJaw]
        bratul stang | maxilar | falca | umar
        [Swelling]
        umfla | se umfla
        umflat* | s-au umflat buzele | mi s-au umflat | buze umflate
        [Hives]
        urticarie | bube pe tot corpul
        [AllergyTrigger]
        alune | arahide | nuci | albina | viespe | intepatura | penicilina | antibiotic*
        injectie | alergi* | dupa ce am mancat
        [BleedWord]
        sanger* | sange | rana
        [Heavy]
        mult | puternic | nu se opreste | adanca
        [Mild]
        putin | mic | mica | zgarietura | usor
        [Sudden]
        brusc | deodata | dintr-o data
        [NeuroSign]
        amortit* | nu poate vorbi | slabiciune
        [Pregnant]
        gravida | insarcinata | sarcina
        [Negation]
        nu | fara | niciodata | nicio | niciun
        [PostNegation]
        a trecut | a disparut
        [History]
        acum .. ani | anul trecut | in 19* | in 20*
        [Hypothetical]
        simptomele | semnele | ce fac daca
        [Idiom]
        mor de ras | mort de oboseala | moarta de oboseala
        [Clinical]
        pot sa beau | pot sa iau | doza | medicament* | pastil* | tiroida | febra | durere | tuse
        normal | gravida | tratament
        [Routine]
        programare | adeverinta | cat costa | plata | factura | plicul | analizele | adresa
        parcare | reteta | orar | sala
        [Stopword]
        si | de | la | cu | in | pe | nu | o | un | sa | mi | ma | am | este | e | pentru
        care | mea | meu | dupa | cat | ati
        [Presence]
        in | la | sunt in | suntem in | in vacanta in
        [Poisoning]
        otravit* | intoxicat* | intoxicatie cu monoxid | centrul de toxicologie
        monoxid de carbon .. alarma
        [Seizure]
        convulsi* | criza epileptica | criza de epilepsie | are convulsii | face convulsii
        convulsii febrile | ochii dati peste cap
        [Ingested]
        a inghitit | inghitit | a baut | baut | a mancat | mancat | a ingerat | ingerat
        [Toxin]
        inalbitor | clor | domestos | antigel | desfundator | otrava | otrava de soareci | raticid
        pesticid* | insecticid* | erbicid | detergent | capsula de detergent | baterie | baterii
        baterie buton | magnet* | soda caustica | amoniac | benzina | petrol lampant | diluant
        acetona | solvent | produs* de curatenie | pastilele bunicii | medicamentele bunicii
        [Medicine]
        pastile | tablete | medicamente | pilule | comprimate | pastilele | medicamentele
        [Child]
        copilul | copil | fiul | fiica | bebelusul | bebe | baietel | fetita | nepotel | cel mic
        cea mica
        [Idiom]
        toxiinfectie alimentara | intoxicatie alimentara | criza de nervi | criza de ras
        [Clinical]
        toxiinfectie alimentara | intoxicatie alimentara | epilepsie
        """;
}
