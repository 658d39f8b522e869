namespace Ward.Triage.Lexicons;

/// <summary>Italian phrases.</summary>
internal static class Italian
{
    public const string Code = "it";

    public const string Data = """
        [ChestPain]
        dolore .. al petto | fitta al petto
        dolore al petto | dolore toracico | male al petto | oppressione al petto | peso sul petto
        stretta al petto | infarto | attacco di cuore
        [Breathing]
        non riesco a respirare | non riesce a respirare | non respira | fatica a respirare
        manca l aria | mi manca il respiro | soffoca* | labbra blu | diventa blu
        fischio .. inspira
        respira male | affanno forte
        [Bleeding]
        sanguina tantissimo | sanguina moltissimo
        sanguina molto | tanto sangue | molto sangue | emorragia | non smette di sanguinare
        sputa sangue | vomita sangue | sangue dappertutto
        [SuicideSelfHarm]
        uccidermi | suicid* | ammazzarmi | voglio morire | vuole morire | farla finita
        togliermi la vita | non voglio piu vivere | tagliarmi | mi taglio | tutte le pillole
        buttarmi | impiccarmi | non voglio piu esserci
        [Stroke]
        ictus | bocca storta | faccia storta | parla male | non riesce a parlare | paralizzat*
        un lato .. debole | braccio .. non si muove
        [Anaphylaxis]
        gola .. gonfia | lingua .. gonfia | anafila* | shock anafilattico
        non riesco a deglutire
        [Fever]
        febbre | febbricitante | scotta | temperatura | gradi
        [Newborn]
        neonato | neonata
        [AgeDay]
        giorno | giorni
        [AgeWeek]
        settimana | settimane | sett
        [AgeMonth]
        mese | mesi
        [Duration]
        da | per | dopo | ogni
        [HeadHit]
        battuto la testa | colpo alla testa | caduto .. testa | trauma cranico | commozione
        [Unconscious]
        perso conoscenza | perde conoscenza | ha perso i sensi
        svenut* | perso i sensi | privo di sensi | incosciente
        [Unresponsive]
        non risponde | non si sveglia | non reagisce
        [Altered]
        vomita | confus* | sonnolent* | piange in modo strano
        [AbdominalPain]
        mal di pancia | dolore alla pancia | dolore addominale | mal di stomaco
        [Severe]
        fortissimo | insopportabile | atroce | terribile | si contorce
        [ShockSign]
        pallid* | sudore freddo | suda | grigio
        [ArmJaw]
        braccio sinistro | mascella | spalla
        [Swelling]
        labbra gonfie | viso gonfio | gonfi* | si sono gonfiate
        [Hives]
        orticaria | pomfi
        [AllergyTrigger]
        arachidi | noci | ape | vespa | puntura | penicillina | antibiotic* | iniezione | allerg*
        [BleedWord]
        sanguin* | sangue | ferita
        [Heavy]
        tantissimo | moltissimo | non si ferma
        molto | tanto | non smette | profond*
        [Mild]
        poco | piccol* | graffio | leggero
        [Sudden]
        improvvisamente | all improvviso | di colpo
        [NeuroSign]
        braccio .. debole | formicolio | intorpidit*
        [Pregnant]
        incinta | gravidanza
        [Negation]
        non | senza | nessun* | mai
        [PostNegation]
        passato | sparito | meglio
        [History]
        anni fa | l anno scorso | nel 19* | nel 20* | da bambino
        [Hypothetical]
        sintomi di | segni di | cosa fare se | come riconoscere
        [Idiom]
        morto di fame | morta di stanchezza | mi uccide
        [Clinical]
        posso prendere | posso fare | posso dare | dose | farmac* | medicin* | vaccino | raffreddore
        febbre | tosse | dolore | normale | incinta | pillola
        [Routine]
        appuntamento | prenotare | impegnativa | ticket | pagare | fattura | orari
        ecografia da voi
        indirizzo | parcheggio | certificato | ricetta
        [Stopword]
        il | lo | la | di | e | che | non | un | una | per | con | mio | mia | ho | ha | sono
        posso | da | del | della | si
        [Presence]
        a | in | sono a | siamo a | in vacanza a
        [Poisoning]
        avvelenat* | intossicat* | intossicazione da monossido | centro antiveleni
        monossido di carbonio .. allarme
        [Seizure]
        convuls* | crisi epilettica | attacco epilettico | crisi convulsiva | sta avendo una crisi
        convulsioni febbrili | occhi rovesciati
        [Ingested]
        ingoiato | ha ingoiato | inghiottito | ha inghiottito | bevuto | ha bevuto | mangiato
        ha mangiato | ingerito | ha ingerito | ciucciato | leccato
        [Toxin]
        candeggina | varechina | antigelo | sturalavandini | idraulico liquido | veleno
        veleno per topi | topicida | pesticid* | insetticid* | diserbante | detersivo
        capsul* di detersivo | pastiglia lavastoviglie | una pila | le pile | delle pile
        pila a bottone | batteria | batterie | calamit* | soda caustica | ammoniaca | benzina
        cherosene | acquaragia | solvente | acetone | prodott* per la pulizia | pillole della nonna
        medicine della nonna
        [Medicine]
        pillole | pastiglie | compresse | farmaci | medicinali
        [Child]
        figlio | figlia | bambino | bambina | bimbo | bimba | neonato | neonata | nipotino
        nipotina | piccolo | piccola
        [Idiom]
        intossicazione alimentare | crisi di nervi | crisi di riso
        [Clinical]
        intossicazione alimentare | epilessia
        """;
}
