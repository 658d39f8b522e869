namespace Ward.Assistant.Understanding.Lexicons;

/// <summary>Portuguese cue phrases per intent.</summary>
internal static class PortugueseCues
{
    public const string Code = "pt";

    public const string Data = """
        [opening_hours] horario^5 | horarios^5 | abrem^4 | aberto^3 | abre^3 | fecham^4 | fecha^3
        a que horas^3 | ate que horas^4 | funcionamento^4 | atendimento^2
        [booking] consulta^3 | marcar^4 | agendar^4 | agendamento^4 | reservar^3 | ver o medico^3
        ver a medica^3 | vaga^3 | disponibilidade^3 | check-up^2 | exame^1
        [rescheduling] remarcar^6 | reagendar^6 | mudar a consulta^6 | mudar minha consulta^6
        trocar o horario^6 | outro dia^3 | outro horario^3 | adiar^6
        [cancelling] cancelar^6 | desmarcar^6 | nao vou poder ir^5 | nao posso ir^5
        [refill_request] receita^4 | receitas^4 | renovar^4 | renovacao^4 | remedio^2 | remedios^2
        medicamento^2 | acabou^3 | acabaram^3 | mais comprimidos^3
        [insurance_accepted] convenio^4 | convenios^4 | plano de saude^5 | seguro^4 | sus^4
        cobertura^4
        cobre^3 | unimed^4 | amil^4 | bradesco saude^4 | medicare^4
        [directions] endereco^4 | onde ficam^4 | onde fica^4 | como chego^4 | estacionar^4
        estacionamento^4 | onibus^3 | metro^2 | cadeira de rodas^3 | andar^2 | entrada^3
        [intake_form] formulario^5 | ficha^3 | cadastro^4 | questionario^4 | preencher^3
        [billing_question] sem seguro^6 | sem convenio^6 | fatura^4 | conta^3 | pagamento^3
        pagar^3 | quanto custa^4 | preco^4 | valor^3
        taxa^4 | reembolso^3 | recibo^3 | nota fiscal^4 | particular^3 | boleto^3 | cartao^2
        [speak_to_person] falar com^4 | uma pessoa^4 | alguem^3 | recepcao^4 | atendente^4
        me liguem^5 | ligar para mim^5 | humano^5
        [question] vacina^4 | vacinas^4
        [small_talk] obrigado | obrigada | valeu | ok | ola | oi | bom dia | boa tarde | perfeito
        beleza | tchau | entendi | certo
        [clinical] e normal | é normal | devo tomar | posso tomar | qual dose | qual a dose
        quantos mg | quantos comprimidos | efeito colateral | efeitos colaterais | e grave | é grave
        e perigoso | devo me preocupar | antibiotico | posso parar | devo parar | contagioso
        o que significa | com alcool | posso dar | devo dar | posologia
        """;
}
