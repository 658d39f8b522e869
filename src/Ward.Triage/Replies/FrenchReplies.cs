namespace Ward.Triage.Replies;

/// <summary>French safety texts.</summary>
internal static class FrenchReplies
{
    public static ReplyTable Table { get; } = new(
        Language: "fr",
        CallNow: "Appelez le {0} maintenant.",
        CallEither: "Appelez maintenant le 911 si vous êtes aux États-Unis, ou le 112 en Europe.",
        Crisis: "Vous pouvez aussi appeler ou écrire au 988 (ligne de crise) à tout moment.",
        PoisonControl: "Appelez aussi le centre antipoison : {0}.",
        Alerted: "Le médecin de garde a été prévenu.",
        AskWhere: "Êtes-vous aux États-Unis ou en Europe ?",
        Holding: "Merci. Un soignant va vous répondre. Si cela s'aggrave ou si c'est une "
            + "urgence, appelez le {0}.",
        Either: "911 (États-Unis) ou 112 (Europe)",
        Acknowledgement: "Merci, nous avons bien reçu votre message et vous répondrons bientôt.",
        Steps:
        [
            "Arrêtez tout effort et asseyez-vous. Déverrouillez la porte.",
            "Restez assis bien droit. Si quelqu'un ne respire pas, commencez le massage cardiaque.",
            "Appuyez fort sur la plaie avec un linge propre sans relâcher.",
            "Restez avec la personne et éloignez médicaments, armes et autres moyens.",
            "Habillez le bébé légèrement. Aucun médicament sans avis.",
            "Notez l'heure du début. Ne donnez rien à manger ni à boire.",
            "Utilisez un stylo d'adrénaline s'il y en a un. Allongez-vous, jambes surélevées.",
            "Gardez la personne immobile et ne la laissez pas seule.",
            "Ne mangez et ne buvez rien. Restez allongé jusqu'à l'arrivée des secours.",
            "Ne faites pas vomir. Gardez l'emballage ou le flacon.",
            "Ne retenez pas la personne et ne mettez rien dans sa bouche. Tournez-la sur le côté "
                + "et notez la durée.",
        ]);
}
