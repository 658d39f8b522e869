namespace Ward.Triage.Lexicons;

/// <summary>
/// Spanish phrases (Spain and Latin America). Accents are folded, so "dolor de pecho" also
/// matches "dolor de pécho"; write phrases without worrying about accents.
/// </summary>
internal static class Spanish
{
    public const string Code = "es";

    public const string Data = """
        [ChestPain]
        duele el corazon | dolor en el corazon
        dolor .. pecho | pecho me duele | me aprieta el pecho | siento que me aplastan
        dolor de pecho | dolor en el pecho | me duele el pecho | le duele el pecho
        duele .. pecho | presion en el pecho | opresion en el pecho | pecho apretado
        aprieta el pecho | infarto | ataque al corazon | ataque cardiaco | peso en el pecho
        dolor toracico | pecho .. aplastando | ardor en el pecho .. brazo
        [Breathing]
        poniendo morado | poniendo morada | poniendo azul | no jala aire | no agarra aire
        casi no puedo respirar | casi no respira | no alcanzo a respirar | respira muy rapido
        no puede respirar bien | le cuesta respirar | me cuesta respirar
        no puedo respirar | no puede respirar | no puedo respirar bien | no respira
        dejo de respirar | me falta el aire | le falta el aire | falta de aire | me ahogo
        se ahoga | se esta ahogando | ahogando | asfixi* | sin aire | no le entra aire
        no me entra aire | dificultad para respirar | cuesta respirar | respira con dificultad
        labios morados | se puso morado | esta morado | se pone azul | labios azules
        atragant* | se trago .. no puede | jadeando | silbido al respirar .. no
        el inhalador no .. funciona | el inhalador no .. ayuda | crisis de asma .. no para
        respira raro | respira extrano | respira mal
        [Bleeding]
        no se detiene la sangre | la sangre no para | sangra sin parar | perdi mucha sangre
        sangra mucho | sangrando mucho | sangrado abundante | mucha sangre | no para de sangrar
        no deja de sangrar | hemorragia | sangre a chorros | chorro de sangre | sangra a chorros
        sangre por todos lados | vomit* sangre | tos con sangre | tosiendo sangre
        sale sangre .. al toser | sangre .. al toser | escupe sangre | coagulos grandes
        empape .. toalla* | empapa .. toalla* | cortada profunda | cortadura profunda
        [SuicideSelfHarm]
        me corte las venas | cortarme las venas | cortarse las venas | me quiero morir
        no le veo sentido a la vida | sentido a la vida | soy una carga | cortandose
        se esta cortando | se corta
        nadie me extranaria | no vale la pena vivir | carta de despedida | me voy a quitar
        quiero desaparecer | ya no quiero vivir | pensando en matarme
        se tomo todas | me tome todas
        matarme | me voy a matar | me quiero matar | quiero morir | quiero morirme | suicid*
        quitarme la vida | me quito la vida | acabar con mi vida | acabar con todo
        terminar con todo | no quiero vivir | no quiero seguir viviendo | ya no quiero estar aqui
        no quiero despertar | mejor muerto | mejor muerta | estarian mejor sin mi
        cortarme | me corto | me estoy cortando | cortarme las venas | hacerme dano
        me hago dano | autolesion* | tengo las pastillas | me voy a tirar | tirarme del | aventarme
        me quiero aventar | aventar del puente | tirarme al tren | ahorcarme | colgarme
        pegarme un tiro | despedirme de todos | ya no aguanto mas .. vida | se quiere matar
        se va a matar | quiere morirse | se quiere morir | se va a tirar | se corto las venas
        [Stroke]
        mitad del cuerpo | medio cuerpo
        boca chueca | cara chueca | se le chueco la boca | se le fue la boca de lado
        peor dolor de cabeza de mi vida | no puede mover .. lado | se le entume .. lado
        habla arrastrando
        cara caida | cara torcida | boca torcida | se le durmio medio cuerpo
        medio cuerpo dormido | no puede mover el brazo | no puede mover .. lado
        habla raro | arrastra las palabras | no se le entiende | no puede hablar .. repente
        de repente .. no puede hablar | derrame cerebral | embolia | ictus
        un lado .. paralizado | lado .. no responde | no puede levantar el brazo
        [Anaphylaxis]
        hincho la garganta | garganta hinchada
        cerrando la garganta | garganta .. cerrando | garganta .. cierra
        se me cierra la garganta | se le cierra la garganta | garganta cerrada
        hinchazon de .. garganta | lengua hinchada | se le hincha la lengua | anafila*
        se me hincha la lengua | use .. epipen | le puse .. epipen | shock anafilactico
        me cuesta tragar | le cuesta tragar | no puede tragar | no puedo tragar
        [HeadInjury]
        perdio el conocimiento .. cabeza | quedo inconsciente .. cabeza
        [Abdominal]
        peor dolor de .. barriga | peor dolor de .. estomago | retorciendo de dolor
        se retuerce de dolor | abdomen duro | barriga dura como piedra
        [Fever]
        caliente | ardiendo | volando en fiebre
        fiebre | calentura | esta caliente | la siento caliente | lo siento caliente | grados
        temperatura alta | febril | ardiendo en fiebre
        [Newborn]
        recien nacido | recien nacida | neonato | bebe de dias
        [AgeDay]
        dia | dias
        [AgeWeek]
        semana | semanas | sem
        [AgeMonth]
        mes | meses
        [Duration]
        hace | desde | durante | por | cada | despues de | en
        [HeadHit]
        golpearse la cabeza | golpe .. cabeza | accidente de coche | accidente de carro
        golpe en la cabeza | se golpeo la cabeza | golpeo .. cabeza | se pego en la cabeza
        se dio en la cabeza | cayo .. cabeza | se cayo | pego .. cabeza | cabeza contra
        traumatismo craneal
        [Unconscious]
        inconsciente | perdio el conocimiento | se desmayo | desmayo | se desvanecio
        estuvo inconsciente | perdio la conciencia | quedo noqueado
        [Unresponsive]
        esta inconsciente | sigue inconsciente
        no responde | no reacciona | no despierta | no se despierta | no contesta .. llamo
        [Altered]
        no sabe ni que dia | confundido | confundida | desorientad* | vomit* | somnolient*
        no sabe donde esta | muy dormido
        [AbdominalPain]
        dolor .. barriga | dolor .. estomago | dolor .. panza | dolor .. vientre | duele .. panza
        duele .. estomago | duele .. barriga
        dolor de barriga | dolor de estomago | dolor de panza | dolor abdominal
        dolor en el vientre | me duele la barriga | me duele el estomago | duele la panza
        dolor en la barriga | dolor en el estomago | colico* | vientre
        [Severe]
        muy fuerte | fuertisimo | insoportable | horrible | terrible | intenso | severo
        el peor | no aguanta | grita de dolor | no se puede parar | no puede enderezarse
        [ShockSign]
        palido | palida | sudor frio | sudando | sudoroso | mareado | mareada | gris
        desmayo | sudando frio
        [ChestDiscomfort]
        pecho .. raro | pecho .. apretado | pecho .. pesado | molestia en el pecho
        [ArmJaw]
        brazo izquierdo | mandibula | quijada | hombro
        [Swelling]
        hinchado la cara | hinchada la cara | cara hinchada | labios hinchados
        se me hincharon | se le hincharon | hinchazon | hincho .. cara | hincho .. labio*
        ojos hinchados | hinchado .. ojos | se le hincho | se me hincho
        [Hives]
        ronchas | urticaria | sarpullido por todo | ronchas por todo
        [ThroatSign]
        garganta .. rara | picor de garganta | pica la garganta | voz .. cambio | ronca
        [AllergyTrigger]
        cacahuate* | cacahuete* | mani | nuez | nueces | marisco* | camaron* | abeja | avispa
        picadura | penicilina | antibiotico* | inyeccion | vacuna | despues de comer | alergi*
        [BleedWord]
        sangra* | sangre | herida | cortada
        [Heavy]
        mucho | mucha | un monton | no para | chorro* | profunda | empapad* | abundante
        [Mild]
        poquito | un poco | poca | pequena | pequeno | leve | rasguno | ya paro | ya no sangra
        [Sudden]
        de repente | de golpe | repentin* | subitamente | sin aviso
        [NeuroSign]
        no puede hablar bien | habla chistoso | no le sale la voz
        no puede hablar | no puede mover | entumid* | adormecid* | debil .. brazo
        se le durmio | no entiende | habla mal
        [Pregnant]
        embarazada | embarazo | gestacion
        [Negation]
        no | sin | ni | ningun | ninguna | ya no | nada de
        [PostNegation]
        ya esta bien | ahora bien | ya se le paso
        ya paso | se quito | ya no | se fue | desaparecio | mejoro
        [History]
        hace .. anos | hace .. ano | hace .. meses | el mes pasado
        en 19* | en 20* | hace anos | hace un ano | el ano pasado | antecedentes de
        de nino | de nina | cuando era | murio de | murio por | fallecio de | fallecio por
        [Hypothetical]
        sintomas de | senales de | cuales son | como se | que hacer si | en caso de
        por si acaso | como saber
        [Idiom]
        me muero de ganas | muero de ganas | me muero de risa | muerto de cansancio
        muerta de cansancio | me mata | me estan matando | me muero de hambre
        [Overdose]
        sobredosis
        [PillsTaken]
        tome .. pastillas | tome .. pildoras | tome .. tabletas | tome .. medicamentos
        tome .. caja | tome .. frasco | tome .. bote | trague .. pastillas | trague .. pildoras
        tomo .. pastillas | se tomo .. pastillas | se trago .. pastillas
        [Quantity]
        todas | toda | todo | todos | entera | entero | muchas | punado | monton
        [Accidental]
        por error | por equivocacion | sin querer | accidentalmente | por accidente
        dosis doble | doble dosis
        [Laughter]
        de la risa | de risa | riendo | riendome | me rio | jaja* | jeje* | xd
        [Clinical]
        puedo tomar | puedo darle | debo | es normal | dosis | medicamento* | medicina* | pastilla*
        fiebre | dolor | duele | tos | gripe | resfriado | presion | preocupar* | mamografia
        embarazada | antibiotico* | efecto* secundario* | sintoma* | te de | colicos | sarpullido
        alergia | diarrea | vomito | cada cuanto | me tengo que hacer | revisar | infeccion
        [Routine]
        cita | turno | agendar | reservar | cancelar | cambiar la cita | horario | abren
        cierran | seguro | factura | pago | pagar | costo | cuesta | precio | formulario
        constancia | certificado | receta .. renovar | expediente | direccion | estacionamiento
        cuarto de lactancia | llevar a mi hijo | puedo llevar | la escuela | wifi | portal
        [Stopword]
        el | la | los | las | de | que | y | en | mi | me | se | con | por | para | es | tiene
        tengo | esta | un | una | al | del | le | lo | no | pero | muy | ya
        [Presence]
        en | estoy en | estamos en | de visita en | de vacaciones en | visitando
        [Poisoning]
        envenenad* | se envenen* | intoxicad* | centro de toxicologia | intoxicacion por monoxido
        monoxido de carbono .. alarma | alarma de monoxido .. sonando
        [Seizure]
        convulsion* | convulsionando | esta convulsionando | convulsiona | le dio una convulsion
        ataque epileptico | crisis epileptica | crisis convulsiva | convulsion febril
        esta teniendo un ataque | le esta dando un ataque | ojos en blanco .. temblando
        [Ingested]
        se trago | trago | se tomo | bebio | se bebio | comio | se comio | ingirio | ha tragado
        se ha tragado | ha bebido | se ha comido | ha ingerido | chupo | mordio | se trajo
        [Toxin]
        lejia | cloro | lavandina | legia | anticongelante | desatascador | destapacanos | veneno
        raticida | veneno para ratas | matarratas | pesticida* | insecticida* | herbicida
        detergente | capsula* de detergente | pila | pilas | bateria | baterias | pila de boton
        iman | imanes | amoniaco | gasolina | queroseno | aguarras | quitaesmalte | acetona
        producto* de limpieza | pastillas de la abuela
        pastillas de mi mama | medicinas de la abuela
        [Medicine]
        pastillas | pildoras | medicinas | medicamentos | tabletas | comprimidos | capsulas
        [Child]
        hijo | hija | nino | nina | bebe | nene | nena | hijito | hijita | nieto | nieta | chiquito
        [Idiom]
        ataque de risa | le va a dar un ataque | me va a dar un ataque | intoxicacion alimentaria
        [Clinical]
        intoxicacion alimentaria | epilepsia
        """;
}
