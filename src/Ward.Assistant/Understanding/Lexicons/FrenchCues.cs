namespace Ward.Assistant.Understanding.Lexicons;

/// <summary>French cue phrases per intent.</summary>
internal static class FrenchCues
{
    public const string Code = "fr";

    public const string Data = """
        [opening_hours] horaires^5 | horaire^4 | ouvert^3 | ouvrez^4 | ouvre^3 | fermez^4 | fermer^3
        a quelle heure^3 | jusqu'a quelle heure^4 | heures d'ouverture^5
        [booking] rendez-vous^3 | rendez vous^3 | rdv^3 | prendre rendez^4 | reserver^3
        consultation^2
        voir le medecin^3 | voir le docteur^3 | un creneau^3 | disponible^2 | bilan^2
        [rescheduling] deplacer^6 | decaler^6 | reporter^6 | changer mon rendez^6
        changer le rendez^6
        autre jour^3 | autre heure^3 | modifier mon rendez^6
        [cancelling] annuler^6 | annulation^4 | je ne pourrai pas venir^5 | pas pouvoir venir^5
        [refill_request] ordonnance^4 | renouvellement^5 | renouveler^5 | medicaments^2
        plus de comprimes^3
        plus de medicament^3 | il me faut une ordonnance^5
        [insurance_accepted] mutuelle^4 | assurance^4 | carte vitale^5 | securite sociale^5 | secu^4
        tiers payant^5 | remboursement^2 | cmu^4 | ame^2 | prise en charge^3
        [directions] adresse^4 | ou etes-vous^4 | ou etes vous^4 | ou se trouve^4 | comment venir^4
        garer^4 | parking^4 | stationner^4 | bus^3 | metro^2 | fauteuil roulant^3 | etage^2
        acces^3
        [intake_form] formulaire^5 | questionnaire^4 | dossier^3 | inscription^3 | remplir^3
        fiche^3
        [billing_question] sans assurance^6 | sans mutuelle^6 | facture^4 | paiement^3 | payer^3
        combien coute^4 | combien ca coute^4
        prix^4 | tarif^4 | tarifs^4 | honoraires^4 | depassement^4 | recu^3 | rembourse^2
        [speak_to_person] parler a^4 | parler avec^4 | une personne^4 | quelqu'un^3 | secretariat^4
        secretaire^4 | rappelez-moi^5 | me rappeler^5 | humain^5 | accueil^3
        [question] vaccin^4 | vaccination^4
        [small_talk] merci | d'accord | ok | bonjour | bonsoir | parfait | super | au revoir
        entendu
        merci beaucoup | ca marche
        [clinical] est-ce normal | est ce normal | c'est normal | est-il normal | dois-je prendre
        je dois prendre | puis-je prendre | je peux prendre | quelle dose | quelle posologie
        combien de mg
        combien de comprimes | effet secondaire | effets secondaires | est-ce grave | c'est grave
        est-ce dangereux | sans danger | dois-je m'inquieter | antibiotique | arreter le traitement
        je peux arreter | contagieux | que signifie | avec de l'alcool | puis-je donner
        je peux donner
        """;
}
