namespace Ward.Assistant.Understanding.Lexicons;

/// <summary>Spanish cue phrases per intent.</summary>
internal static class SpanishCues
{
    public const string Code = "es";

    public const string Data = """
        [opening_hours] horario^4 | abren^4 | abierto^3 | abre^3 | cierran^4 | cierra^3
        a que hora^3
        hasta que hora^4 | horas de atencion^4 | atienden^3
        [booking] cita^3 | turno^3 | agendar^4 | reservar^3 | pedir hora^3 | consulta^2
        ver al doctor^3
        ver a la doctora^3 | hacer una cita^4 | sacar cita^4 | disponibilidad^3 | revision^2
        chequeo^2
        [rescheduling] cambiar mi cita^6 | cambiar la cita^6 | reprogramar^6 | mover mi cita^6
        otro dia^3 | otra hora^3 | cambiar de dia^5 | cambiar de hora^5
        [cancelling] cancelar^6 | anular^6 | no podre ir^5 | no puedo ir^5 | no voy a poder^5
        [refill_request] receta^4 | recetas^4 | renovar^3 | reponer^3 | se me acabo^4
        se me acaban^4
        mas pastillas^3 | medicamento^2 | repetir la receta^5
        [insurance_accepted] seguro^4 | aseguradora^4 | seguros^4 | cobertura^4 | cubre^3
        medicare^4
        medicaid^4 | aceptan mi^2 | sanitas^4 | adeslas^4 | mapfre^4
        [directions] direccion^4 | donde estan^4 | donde queda^4 | como llego^4 | aparcar^4
        estacionamiento^4 | parking^4 | ubicacion^4 | autobus^3 | metro^2 | silla de ruedas^3
        planta^2
        [intake_form] formulario^5 | ficha^3 | registro^3 | papeles^3 | cuestionario^4 | rellenar^3
        llenar^3 | paciente nuevo^2
        [billing_question] sin seguro^6 | factura^4 | cobro^4 | cobraron^4 | pago^3 | pagar^3
        cuanto cuesta^4
        cuanto vale^4 | precio^4 | tarifa^4 | copago^4 | saldo^3 | reembolso^3 | recibo^3
        tarjeta^2
        [speak_to_person] hablar con^4 | persona^4 | recepcion^4 | recepcionista^4 | llamenme^5
        me pueden llamar^5 | llamar por telefono^4 | alguien^2 | humano^5
        [question] vacuna^4 | vacunas^4 | vacunacion^4
        [small_talk] gracias | vale | ok | hola | buenos dias | buenas tardes | perfecto | genial
        de acuerdo | adios | entendido | muchas gracias
        [clinical] es normal | es grave | debo tomar | puedo tomar | tengo que tomar | que dosis
        cuanta dosis | cuantos mg | cuanto debo tomar | cuantas pastillas | efecto secundario
        efectos secundarios | es seguro | puedo darle | debo darle | me preocupa
        necesito antibiotico
        puedo dejar de | debo dejar | es contagioso | que hago con | que significa mi resultado
        puedo mezclar | con alcohol | deberia ir a urgencias
        """;
}
