namespace Ward.Triage.Lexicons;

/// <summary>Portuguese phrases (Brazil and Portugal).</summary>
internal static class Portuguese
{
    public const string Code = "pt";

    public const string Data = """
        [ChestPain]
        dor .. no peito
        dor no peito | pressao no peito | aperto no peito | peito apertado | infarto | enfarte
        ataque cardiaco | peso no peito
        [Breathing]
        nao consigo respirar | nao consegue respirar | nao respira | falta de ar | sem ar
        sufocando | engasgou | engasgad* | labios roxos | ficando roxo | respirando mal
        [Bleeding]
        sangrando muito | muito sangue | hemorragia | nao para de sangrar | sangue jorrando
        vomitando sangue | tossindo sangue
        [SuicideSelfHarm]
        me matar | suicid* | quero morrer | quer morrer | tirar minha vida | acabar com tudo
        nao quero mais viver | me cortar | todos os remedios | tomar todos | me jogar | me enforcar
        [Stroke]
        avc | derrame | boca torta | rosto caido | fala enrolada | nao consegue falar
        lado .. paralisad* | braco .. sem forca
        [Anaphylaxis]
        garganta .. fechando | garganta .. fechou
        garganta .. inchando | garganta fechando | lingua inchada | anafila* | choque anafilatico
        nao consigo engolir
        [Fever]
        febre | febril | quente | temperatura | graus
        [Newborn]
        recem nascido | recem nascida
        [AgeDay]
        dia | dias
        [AgeWeek]
        semana | semanas
        [AgeMonth]
        mes | meses
        [Duration]
        ha | desde | durante | por | depois de
        [HeadHit]
        bateu a cabeca | pancada na cabeca | caiu .. cabeca | traumatismo
        [Unconscious]
        desmaiou | desmaiad* | inconsciente | perdeu a consciencia | apagou
        [Unresponsive]
        nao responde | nao acorda | nao reage
        [Altered]
        vomitando | confus* | sonolent*
        [AbdominalPain]
        dor na barriga | dor de barriga | dor abdominal | dor no estomago
        [Severe]
        muito forte | insuportavel | horrivel | pior dor | se contorcendo
        [ShockSign]
        palido | palida | suando frio | suor frio | suando | tonto | tonta
        [ArmJaw]
        braco esquerdo | mandibula | queixo | ombro
        [Swelling]
        inchou | inchad* | boca inchada | rosto inchado
        [Hives]
        urticaria | vergoes | manchas pelo corpo
        [AllergyTrigger]
        amendoim | castanha* | nozes | abelha | vespa | picada | penicilina | antibiotico*
        injecao | alergi* | camarao
        [BleedWord]
        sangr* | sangue | corte
        [Heavy]
        muito | nao para | jorrando | fundo | profundo
        [Mild]
        pouco | pequeno | arranhao | leve
        [Sudden]
        de repente | subitamente
        [NeuroSign]
        dormencia | formigamento | braco fraco
        [Pregnant]
        gravida | gestante | gravidez
        [Negation]
        nao tenho mais | nao sinto mais | nao tem mais
        nao | sem | nunca | nenhum | nenhuma
        [PostNegation]
        passou | sumiu | melhorou
        [History]
        anos atras | ano passado | em 19* | em 20* | teve .. em
        [Hypothetical]
        sintomas de | sinais de | o que fazer se | como saber
        [Idiom]
        morrendo de vontade | morto de cansaco | morrendo de rir
        [Clinical]
        posso tomar | posso dar | dose | remedio* | medicamento* | antibiotico* | anticoncepcional
        febre | dor | tosse | normal | gravida | vacina
        [Routine]
        consulta | agendar | marcar | horario | pagamento | pagar | nota fiscal | laudo
        carteira de motorista | endereco | estacionamento | wi fi | wifi | sala de espera
        [Stopword]
        o | a | os | as | de | do | da | que | e | um | uma | meu | minha | com | para | pra
        nao | tem | ta | esta | voces | no | na
        [Presence]
        em | no | na | estou em | estamos em | de ferias em
        [Poisoning]
        envenenad* | envenenou | intoxicad* | intoxicacao por monoxido | centro de intoxicacoes
        ciatox | centro antiveneno | monoxido de carbono .. alarme
        [Seizure]
        convuls* | ataque epileptico | crise epileptica | crise convulsiva | convulsao febril
        esta tendo uma crise | olhos revirados | se debatendo .. nao responde
        [Ingested]
        engoliu | tomou | bebeu | comeu | ingeriu | engolido | mastigou | lambeu
        [Toxin]
        agua sanitaria | lixivia | cloro | qboa | anticongelante | desentupidor | soda caustica
        veneno | veneno de rato | chumbinho | raticida | pesticida* | inseticida* | herbicida
        detergente | capsula de lavar | pilha | pilhas | bateria | baterias | pilha de botao
        bateria de botao | ima | imas | amoniaco | gasolina | querosene | aguarras | removedor
        acetona | produto* de limpeza | remedios da avo | remedio da avo
        [Medicine]
        comprimidos | remedios | pilulas | medicamentos | capsulas
        [Child]
        filho | filha | bebe | crianca | menino | menina | neto | neta | nene | meu pequeno
        [Idiom]
        intoxicacao alimentar | ataque de riso | vai ter um ataque
        [Clinical]
        intoxicacao alimentar | epilepsia
        """;
}
