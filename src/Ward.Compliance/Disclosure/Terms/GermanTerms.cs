namespace Ward.Compliance.Disclosure.Terms;

/// <summary>
/// German health terms, written with their umlauts (folded when read). German joins words,
/// so the heads of compounds are listed as suffixes ("*krebs": Brustkrebs, Hautkrebs).
/// </summary>
internal static class GermanTerms
{
    public const string Data = """
        [Condition]
        diabetes | diabetiker* | zuckerkrank* | *diabetes | bluthochdruck | hypertonie | blutdruck
        asthma* | depression* | depressiv | angststörung* | angstzustände | panikattacke* | krebs
        *krebs | tumor* | leukämie | lymphom | melanom | hiv | aids | hepatitis | schwanger*
        covid* | corona | grippe | influenza | migräne | arthritis | arthrose | copd | bronchitis
        lungenentzündung | infektion* | *infektion | entzündung* | *entzündung
        geschlechtskrankheit* | chlamydien | gonorrhö* | tripper | syphilis | herpes | hpv
        epilepsie | krampfanfall* | schlaganfall | herzinfarkt | herzinsuffizienz | herzschwäche
        vorhofflimmern | rhythmusstörung* | cholesterin | adipositas | übergewicht | adhs | autismus
        bipolar* | schizophrenie | demenz | alzheimer* | parkinson* | multiple sklerose
        schuppenflechte | psoriasis | neurodermitis | ekzem | allergie* | allergisch | schilddrüse*
        *schilddrüse | osteoporose | niereninsuffizienz | nierenversagen | anämie | blutarmut
        tuberkulose | gicht | geschwür | morbus crohn | colitis | zöliakie | hämorrhoiden
        fehlgeburt | unfruchtbarkeit | endometriose | wechseljahre | erektionsstörung* | essstörung*
        magersucht | bulimie | suchterkrankung | alkoholsucht | drogensucht | alkoholismus
        überdosis | suizid* | selbstverletzung | schlafstörung* | schlafapnoe | masern | mumps
        windpocken | gürtelrose | fieber | husten | halsschmerzen | schmerz* | *schmerz* | symptom*
        diagnose* | diagnostiziert | krankheit* | *krankheit | krank | erkrank* | *erkrankung
        krankschreibung | krankgeschrieben | arbeitsunfähigkeit* | syndrom | knochenbruch | bruch
        beinbruch | armbruch | verstauchung | verletzung | zyste | übelkeit | erbrechen | durchfall
        verstopfung | schwindel | blutung | thrombose | psychische gesundheit
        [Medication]
        rezept | rezepte | folgerezept | rezeptpflichtig | verschrieben | verordnet | dosis
        dosierung | tablette* | pille | kapsel* | medikament* | arznei* | mg | inhalator | spray
        antibiotikum | antidepressiv* | schmerzmittel | verhütung* | salbe | augentropfen | morphium
        [Result]
        befund* | *befund | ergebnis* | *ergebnis* | im labor | vom labor | aus dem labor
        ins labor | laborwert* | laboruntersuchung* | blutbild | blutuntersuchung | bluttest
        blutwert* | blutzucker* | biopsie* | positiv | negativ | cholesterin* | glukose | glucose
        röntgen* | mrt | kernspin* | ultraschall | sonographie | sonografie | ekg | abstrich
        urinprobe | hämoglobin | schnelltest | pcr | scan | schwangerschaftstest
        [AppointmentReason]
        termin für ihre | termin zur | termin wegen | ihr besuch wegen | nachsorge*
        nachuntersuchung | kontrolluntersuchung | impf* | *impfung | vorsorge* | *vorsorge
        mammographie | mammografie | darmspiegelung | koloskopie | krebsabstrich | pränatal*
        screening | wochenbett | therapie | *therapie
        [Procedure]
        ihre operation | der operation | die operation | operiert | op termin | eingriff | chirurg*
        endoskopie | magenspiegelung | gastroskopie | naht | fäden ziehen | zahnextraktion
        zahn ziehen | wurzelbehandlung | kaiserschnitt | schwangerschaftsabbruch | abtreibung
        vasektomie | transplantation | katheter | narkose | anästhesie | künstliche befruchtung
        ivf | stent | grauer star | spritze | injektion* | infusion* | dialyse | chemo*
        bestrahlung | physiotherapie | psychotherapie | reha | rehabilitation | behandlung*
        """;
}
