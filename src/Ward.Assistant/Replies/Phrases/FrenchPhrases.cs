namespace Ward.Assistant.Replies.Phrases;

/// <summary>Ward's own phrases in French.</summary>
internal static class FrenchPhrases
{
    public static PhraseTable Table { get; } = new(
        "fr",
        "Merci. Votre message est transmis à l'équipe du cabinet ; elle vous répondra "
            + "aux heures d'ouverture.",
        "Merci. Votre demande de rendez-vous est à l'accueil ; on vous confirmera un "
            + "horaire.",
        "Ces créneaux sont libres : {0}. Répondez avec celui que vous voulez.",
        "Merci. L'accueil vous contactera pour modifier ou annuler votre rendez-vous.",
        "Merci. Votre demande de renouvellement est maintenant une tâche pour "
            + "l'équipe. Si ce n'est pas déjà fait, indiquez le nom du médicament et votre "
            + "pharmacie.",
        "Merci de remplir le formulaire d'accueil ici : {0}",
        "Voulez-vous que notre assistant vous aide à le remplir dans votre langue ? "
            + "Répondez OUI ou NON.",
        "Un membre de l'équipe vous contactera dès que possible.",
        "Merci. Écrivez-nous quand vous en avez besoin.",
        "Le cabinet a cette information dans une autre langue :");
}
