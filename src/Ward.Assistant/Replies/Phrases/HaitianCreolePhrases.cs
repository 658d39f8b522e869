namespace Ward.Assistant.Replies.Phrases;

/// <summary>Ward's own phrases in Haitian Creole.</summary>
internal static class HaitianCreolePhrases
{
    public static PhraseTable Table { get; } = new(
        "ht",
        "Mèsi. Mesaj ou a nan men ekip klinik la; y ap reponn ou pandan lè travay.",
        "Mèsi. Demann randevou ou a nan resepsyon; y ap konfime yon lè avè ou.",
        "Lè sa yo disponib: {0}. Reponn ak sa ou vle a.",
        "Mèsi. Resepsyon an ap kontakte ou pou chanje oswa anile randevou ou.",
        "Mèsi. Demann renouvèlman ou a se yon travay pou ekip la kounye a. Si ou poko "
            + "di l, ekri non medikaman an ak famasi ou.",
        "Tanpri ranpli fòm enskripsyon an la a: {0}",
        "Èske ou vle asistan nou an ede ou ranpli l nan lang ou? Reponn WI oswa NON.",
        "Yon moun nan ekip la ap kontakte ou pi vit posib.",
        "Mèsi. Ekri nou nenpòt lè ou bezwen yon bagay.",
        "Klinik la ekri enfòmasyon sa a nan yon lòt lang:");
}
