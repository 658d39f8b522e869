namespace Ward.Compliance.Disclosure.Terms;

/// <summary>French health terms, written with their accents (folded when read).</summary>
internal static class FrenchTerms
{
    public const string Data = """
        [Condition]
        diabète | diabétique* | prédiabète | hypertension | tension artérielle | asthme
        asthmatique | dépression | déprimé* | dépressi* | anxiété | angoisse* | crise de panique
        cancer* | tumeur* | leucémie | lymphome | mélanome | vih | sida | hépatite* | enceinte
        grossesse | covid* | coronavirus | grippe | migraine* | arthrite | arthrose | bpco
        bronchite | pneumonie | infection* | infecté* | mst | chlamydia | gonorrhée | syphilis
        herpès | papillomavirus | épilepsie | convulsion* | avc | infarctus | crise cardiaque
        insuffisance cardiaque | arythmie | fibrillation auriculaire | obésité | tdah | autisme
        autiste | bipolaire | schizophrénie | démence | alzheimer* | parkinson*
        sclérose en plaques | psoriasis | eczéma | allergie* | allergique | thyroïde | hypothyroïdie
        hyperthyroïdie | ostéoporose | insuffisance rénale | anémie | tuberculose | sinusite
        goutte | ulcère* | maladie de crohn | colite | cœliaque | hémorroïdes | fausse couche
        infertilité | stérilité | endométriose | ménopause | dysfonction érectile
        trouble alimentaire | troubles alimentaires | anorexie | boulimie | addiction*
        dépendance à | alcoolisme | surdose | overdose | suicid* | automutilation | insomnie
        apnée du sommeil | rougeole | oreillons | varicelle | un zona | le zona | du zona | fièvre
        toux | mal de gorge | mal de tête | mal au ventre | douleur* | symptôme* | diagnostic*
        diagnostiqué* | maladie* | malade | trouble de | syndrome | fracture* | entorse | blessure
        kyste | nausée* | vomissement* | diarrhée | constipation | vertige* | saignement* | caillot
        phlébite | santé mentale
        [Medication]
        ordonnance* | prescription* | prescrit* | posologie | dose | doses | dosage | comprimé*
        gélule* | cachet* | pilule | médicament* | votre traitement | ton traitement
        traitement médical | traitement contre | sous traitement | début du traitement | mg
        inhalateur | antibiotique* | antidépresseur* | antidouleur* | contraception | contraceptif*
        collyre | pommade
        [Result]
        résultat* | analyse* | bilan sanguin | prise de sang | laboratoire | labo | biopsie*
        positif | positive | négatif | négative | cholestérol | glycémie | glucose | radiographie*
        radio | irm | scanner | échographie | électrocardiogramme | ecg | hémoglobine | plaquettes
        numération | urine | test de grossesse | test pcr | pcr
        [AppointmentReason]
        rendez vous pour votre | rdv pour votre | consultation au sujet | consultation pour
        votre visite concernant | suivi de votre | suivi pour | vaccin* | vaccination | dépistage
        mammographie | coloscopie | frottis | prénatal* | post partum | suivi de grossesse
        thérapie
        [Procedure]
        chirurgie* | chirurgical* | chirurgien* | votre opération | l opération | d opération
        opéré | opérée | intervention chirurgicale | endoscopie | gastroscopie | points de suture
        extraction dentaire | dévitalisation | césarienne | ivg | avortement | vasectomie | greffe
        transplantation | cathéter | anesthésie | fiv | stent | cataracte | piqûre | injection*
        perfusion | dialyse | chimio* | radiothérapie | kiné | kinésithérapie | psychothérapie
        rééducation
        """;
}
