namespace Ward.Triage.Replies;

/// <summary>Portuguese safety texts.</summary>
internal static class PortugueseReplies
{
    public static ReplyTable Table { get; } = new(
        Language: "pt",
        CallNow: "Ligue para o {0} agora.",
        CallEither: "Ligue agora para o 911 se estiver nos EUA, ou para o 112 na Europa.",
        Crisis: "Você também pode ligar ou mandar mensagem para o 988 (linha de crise).",
        PoisonControl: "Ligue também para o Centro de Intoxicações: {0}.",
        Alerted: "O médico de plantão foi avisado.",
        AskWhere: "Você está nos EUA ou na Europa?",
        Holding: "Obrigado. Um profissional de saúde vai responder. Se piorar ou for uma "
            + "emergência, ligue para o {0}.",
        Either: "911 (EUA) ou 112 (Europa)",
        Acknowledgement: "Obrigado, recebemos sua mensagem e responderemos em breve.",
        Steps:
        [
            "Pare qualquer esforço e sente-se. Destranque a porta.",
            "Fique sentado e ereto. Se alguém não respira, comece a massagem cardíaca.",
            "Pressione a ferida com força com um pano limpo e não solte.",
            "Fique com a pessoa e afaste remédios, armas e outros meios.",
            "Deixe o bebê com pouca roupa. Não dê remédios sem orientação.",
            "Anote a hora do início. Não dê nada para comer ou beber.",
            "Use a caneta de adrenalina, se houver. Deite-se com as pernas elevadas.",
            "Mantenha a pessoa parada e não a deixe sozinha.",
            "Não coma nem beba nada. Fique deitado até a ajuda chegar.",
            "Não provoque vômito. Guarde a embalagem ou o frasco.",
            "Não segure a pessoa nem coloque nada na boca. Vire-a de lado e marque o tempo.",
        ]);
}
