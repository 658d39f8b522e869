namespace Ward.Assistant.Replies.Phrases;

/// <summary>Ward's own phrases in Portuguese.</summary>
internal static class PortuguesePhrases
{
    public static PhraseTable Table { get; } = new(
        "pt",
        "Obrigado. A sua mensagem está com a equipe do consultório; responderão no "
            + "horário de atendimento.",
        "Obrigado. O seu pedido de consulta está com a recepção; vão confirmar um "
            + "horário.",
        "Estes horários estão livres: {0}. Responda com o que preferir.",
        "Obrigado. A recepção vai entrar em contato para remarcar ou cancelar a sua "
            + "consulta.",
        "Obrigado. O seu pedido de receita agora é uma tarefa da equipe. Se ainda não "
            + "disse, responda com o nome do remédio e a sua farmácia.",
        "Preencha o formulário de admissão aqui: {0}",
        "Quer que o nosso assistente ajude a preenchê-lo no seu idioma? Responda SIM "
            + "ou NÃO.",
        "Uma pessoa da equipe vai entrar em contato assim que possível.",
        "Obrigado. Escreva para nós sempre que precisar.",
        "O consultório tem esta informação em outro idioma:");
}
