namespace Ward.Triage.Lexicons;

/// <summary>German phrases. Umlauts fold to their base letter ("übel" = "ubel").</summary>
internal static class German
{
    public const string Code = "de";

    public const string Data = """
        [ChestPain]
        brustschmerz* | schmerzen in der brust | druck auf der brust | engegefuhl in der brust
        brust .. eng | brust tut weh | herzinfarkt | infarkt | stechen in der brust
        [Breathing]
        bekommt schlecht luft | kaum luft | schlecht luft | atmet schwer
        keine luft | bekomme keine luft | kriegt keine luft | kann nicht atmen | atemnot
        atmet nicht | erstick* | blau an | blaue lippen | verschluckt .. keine luft
        ringt nach luft
        [Bleeding]
        blutet stark | starke blutung | hort nicht auf zu bluten | blut spritzt | viel blut
        blut erbrochen | blut gehustet | blutet sehr
        [SuicideSelfHarm]
        umbringen | selbstmord | suizid* | mich toten | nicht mehr leben | will sterben
        mochte sterben | mein leben beenden | ritze mich | mich ritzen | tabletten genommen
        alle tabletten | springen | vor den zug | aufhangen | will nicht mehr da sein
        [Stroke]
        schlaganfall | hangender mundwinkel | gesicht hangt | verwaschene sprache
        kann nicht mehr sprechen | eine seite gelahmt | arm gelahmt | lahmung
        [Anaphylaxis]
        hals schwillt zu | zunge schwillt | zunge geschwollen | anaphyla* | allergischer schock
        adrenalin pen | kann nicht schlucken
        [Fever]
        fieber | glut | gluht | heiss | temperatur | grad
        [Newborn]
        neugeboren*
        [AgeDay]
        tag | tage | tagen
        [AgeWeek]
        woche | wochen
        [AgeMonth]
        monat | monate | monaten
        [Duration]
        seit | fur | nach | vor | alle
        [HeadHit]
        kopf gestossen | kopf angeschlagen | auf den kopf | kopfverletzung | gehirnerschutterung
        [Unconscious]
        bewusstlos | ohnmacht* | ohnmachtig | bewusstsein verloren | umgekippt
        [Unresponsive]
        reagiert nicht | nicht ansprechbar | wacht nicht auf
        [Altered]
        erbricht | verwirrt | schlafrig | trinkt kaum | schlapp
        [AbdominalPain]
        bauchschmerz* | bauch tut weh | schmerzen im bauch | magenschmerz*
        [Severe]
        unertraglich*
        starke | stark | unertraglich | heftig* | schlimmste | krummt sich
        [ShockSign]
        blass | kaltschweiss* | schwitzt | schweissgebadet | grau
        [ChestDiscomfort]
        brust .. druck | brust .. komisch
        [ArmJaw]
        linken arm | kiefer | schulter
        [Swelling]
        schwillt | gesicht .. an
        lippen .. geschwollen | gesicht .. geschwollen | schwellung | angeschwollen
        [Hives]
        nesselsucht | quaddeln | ausschlag am ganzen korper
        [AllergyTrigger]
        wespe* | bienenstich | stich*
        erdnuss* | nusse | biene | wespe | stich | penicillin | antibiotik* | spritze | allerg*
        [BleedWord]
        blut* | wunde
        [Heavy]
        stark | viel | hort nicht auf | spritzt | tief
        [Mild]
        bisschen | leicht | klein* | kratzer
        [Sudden]
        plotzlich | auf einmal
        [NeuroSign]
        arm .. schwach | kann nicht sprechen | taub | lallt
        [Pregnant]
        schwanger*
        [Negation]
        kein | keine | keinen | nicht | ohne | nie
        [PostNegation]
        weg | vorbei | besser
        [History]
        hatte .. einen herzinfarkt | hatte .. einen schlaganfall
        vor .. jahren | im jahr | letztes jahr | fruher
        [Hypothetical]
        anzeichen | symptome von | was tun wenn | woran erkenne
        [Idiom]
        sterbe vor langeweile | todmude
        [Clinical]
        darf ich | kann ich .. nehmen | dosis | medikament* | tabletten | ibuprofen | fieber
        schmerz* | husten | grippe | wie lange | normal | ausschlag | schwanger | nebenwirkung*
        [Routine]
        termin | versichertenkarte | rechnung | uberweisung | rezept | offnungszeiten
        parkplatz | adresse | formular | bescheinigung | krankmeldung | nachreichen
        [Stopword]
        ich | und | der | die | das | ist | nicht | mein | meine | mit | ein | eine | hab
        habe | seit | wenn | wie | kann | unser | im | zu | auf
        [Presence]
        in | bin in | sind in | urlaub in
        [Poisoning]
        vergiftet | kohlenmonoxidvergiftung | kohlenmonoxid .. eingeatmet | co melder .. piept
        giftnotruf | giftnotrufzentrale | giftinformationszentrale
        [Seizure]
        krampfanf* | fieberkrampf* | epileptische* anfall | epileptischen anfall | hat einen anfall
        hat gerade einen anfall | zuckt am ganzen | krampft am ganzen | krampfen am ganzen
        [Ingested]
        verschluckt | geschluckt | getrunken | gegessen | eingenommen | abgebissen | gelutscht
        genascht | runtergeschluckt
        [Toxin]
        bleichmittel | chlorreiniger | domestos | frostschutz* | abflussreiniger | rohrreiniger
        rattengift | mausegift | giftig* | pestizid* | insektizid* | unkrautvernichter | spülmittel
        waschmittel | geschirrspültab* | waschmittelkapsel* | knopfzelle* | knopfbatterie*
        batterie* | magnet* | lauge | backofenreiniger | wc reiniger | putzmittel | reiniger
        benzin | petroleum | lampenöl | grillanzünder | verdünner | nagellackentferner | aceton
        desinfektionsmittel | chemikalie* | tabletten von oma | medikamente von oma | omas tabletten
        [Medicine]
        tabletten | medikamente | pillen | arznei*
        [Child]
        mein kind | unser kind | das kind | meine tochter | mein sohn | unser sohn | kleinkind
        baby | enkel* | die kleine | der kleine
        [Idiom]
        kriegt einen anfall | kriege einen anfall | kriegt nen anfall | bekommt einen anfall
        lebensmittelvergiftung
        [Clinical]
        lebensmittelvergiftung | epilepsie
        """;
}
