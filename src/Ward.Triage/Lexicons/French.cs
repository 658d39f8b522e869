namespace Ward.Triage.Lexicons;

/// <summary>French phrases. Elisions fold ("j'ai" = "jai"), accents are dropped.</summary>
internal static class French
{
    public const string Code = "fr";

    public const string Data = """
        [ChestPain]
        douleur thoracique | douleur a la poitrine | douleur dans la poitrine | mal a la poitrine
        serrement .. poitrine | oppression .. poitrine | poitrine serree | crise cardiaque
        infarctus | poids sur la poitrine
        [Breathing]
        peux pas respirer | peut pas respirer | ne respire plus | respire mal | respire bizarrement
        etouffe | etouffer | manque d air | souffle court .. repos | levres bleues | devient bleu
        fait fatigue a respirer | du mal a respirer | arrive pas a respirer | s etrangle
        [Bleeding]
        saigne beaucoup | saigne abondamment | beaucoup de sang | hemorragie | saignement abondant
        arrete pas de saigner | crache du sang | vomit du sang | sang partout | pisse le sang
        [SuicideSelfHarm]
        envie de mourir | pris tous mes medicaments | tous mes medicaments | me foutre en l air
        me suicider | suicid* | me tuer | veux mourir | veut mourir | en finir | plus envie de vivre
        mettre fin a mes jours | scarifie | me scarifier | me couper | se couper les veines
        avale tous | tous les medicaments | sauter du | me pendre | disparaitre pour toujours
        [Stroke]
        avc | visage .. paralyse | bouche de travers | visage de travers | parle mal
        parole .. confuse | bras .. paralyse | cote .. paralyse | ne peut plus parler
        [Anaphylaxis]
        gorge .. gonfle | langue .. gonfle | anaphyla* | choc allergique | stylo d adrenaline
        peux pas avaler | gorge qui se serre
        [Fever]
        fievre | fiebre | temperature | brulant | brulante | degres
        [Newborn]
        nouveau ne | nouveau nee | nourrisson
        [AgeDay]
        jour | jours
        [AgeWeek]
        semaine | semaines | sem
        [AgeMonth]
        mois
        [Duration]
        depuis | pendant | apres | il y a | dans | tous les
        [HeadHit]
        cogne la tete | tombe sur la tete | coup a la tete | choc a la tete | traumatisme cranien
        commotion
        [Unconscious]
        inconscient* | evanoui* | perdu connaissance | tombe dans les pommes | s est effondre*
        [Unresponsive]
        ne repond plus | repond pas | ne se reveille pas | ne reagit pas
        [Altered]
        vomit | confus | somnolent*
        [AbdominalPain]
        douleur .. ventre | mal .. ventre
        mal au ventre | douleur au ventre | douleur abdominale | mal a l estomac
        [Severe]
        atroce | insupportable | tres forte | violente | horrible | se tord
        [ShockSign]
        pale | sueurs froides | transpire | gris | etourdi*
        [ArmJaw]
        bras gauche | machoire | epaule
        [Swelling]
        levres gonfle* | visage gonfle | gonfle* | enfle*
        [Hives]
        urticaire | plaques partout
        [AllergyTrigger]
        cacahuete* | arachide* | noix | abeille | guepe | piqure | penicilline | antibiotique*
        piqure | injection | allerg* | crevette*
        [BleedWord]
        saign* | sang | plaie | coupure
        [Heavy]
        beaucoup | abondamment | arrete pas | profond* | partout
        [Mild]
        un peu | petit* | legere* | egratignure
        [Sudden]
        soudain* | tout a coup | d un coup
        [NeuroSign]
        ne peut plus bouger | ne peux plus bouger | bouger le bras
        bras .. faible | engourdi* | parle bizarrement
        [Pregnant]
        enceinte | grossesse
        [Negation]
        pas de | pas | plus de | sans | jamais | aucun* | ne .. plus
        [PostNegation]
        passe | disparu | mieux
        [History]
        il y a .. ans | l annee derniere | en 19* | en 20* | quand j etais
        [Hypothetical]
        symptomes dun | symptomes dune | signes dun | signes dune | symptomes du | quels sont les
        signes de | symptomes de | que faire si | comment reconnaitre
        [Idiom]
        morte de fatigue | mort de fatigue | mort de rire | morte de rire | ca me tue
        [Clinical]
        je peux lui donner | puis je | est ce grave | c est grave | normal | dose | sirop
        medicament* | fievre | tousse | toux | douleur | crampes | mal | enceinte | ordonnance
        [Routine]
        rendez vous | creneau* | horaires | facture | carte vitale | mutuelle | adresse
        parking | certificat | ordonnance a renouveler | annuler | vous avez des
        [Stopword]
        je | j | le | la | les | de | des | et | est | un | une | il | elle | mon | ma | mes
        pour | pas | que | qui | dans | avec | vous | ce | c
        [Presence]
        a | en | au | je suis a | nous sommes a | en vacances a
        [Poisoning]
        empoisonne* | intoxique | intoxiquee | intoxication au monoxyde | centre antipoison
        detecteur de monoxyde .. sonne
        [Seizure]
        convuls* | crise depilepsie | crise epileptique | crise convulsive | en train de convulser
        fait une crise depilepsie | convulsion* febrile* | yeux revulses
        [Ingested]
        avale | a avale | bu | a bu | mange | a mange | ingere | a ingere | croque | leche
        [Toxin]
        javel | eau de javel | antigel | deboucheur | destop | mort aux rats | raticide | poison
        pesticide* | insecticide* | desherbant | lessive | capsule* de lessive
        pastille* lave vaisselle | pile bouton | une pile | des piles | les piles | batterie
        aimant* | soude | ammoniaque | white spirit | petrole | dissolvant | acetone
        produit* menager* | produit* dentretien | medicaments de mamie | cachets de mamie
        [Medicine]
        medicaments | cachets | comprimes | pilules | gelules
        [Child]
        enfant | fils | fille | bebe | mon petit | ma petite | petit fils | petite fille
        [Idiom]
        intoxication alimentaire | piquer une crise | pique une crise | piquer une colere
        [Clinical]
        intoxication alimentaire | epilepsie
        """;
}
