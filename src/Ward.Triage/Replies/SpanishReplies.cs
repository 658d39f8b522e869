namespace Ward.Triage.Replies;

/// <summary>Spanish safety texts.</summary>
internal static class SpanishReplies
{
    public static ReplyTable Table { get; } = new(
        Language: "es",
        CallNow: "Llame al {0} ahora.",
        CallEither: "Llame ahora al 911 si está en EE. UU., o al 112 si está en Europa.",
        Crisis: "También puede llamar o escribir al 988 (línea de crisis y suicidio), "
            + "marque 2 para español.",
        PoisonControl: "Llame también a Control de Envenenamientos: {0}.",
        Alerted: "Ya avisamos al médico de guardia.",
        AskWhere: "¿Está en EE. UU. o en Europa?",
        Holding: "Gracias. Un profesional de la clínica le responderá. Si empeora o es una "
            + "emergencia, llame al {0}.",
        Either: "911 (EE. UU.) o 112 (Europa)",
        Acknowledgement: "Gracias, hemos recibido su mensaje y le responderemos pronto.",
        Steps:
        [
            "Deje toda actividad y siéntese. Abra la puerta de casa.",
            "Siéntese erguido. Si alguien no respira, empiece la RCP.",
            "Presione fuerte la herida con un paño limpio y no suelte.",
            "Quédese con la persona y retire pastillas, armas u otros medios.",
            "Deje al bebé con poca ropa. No le dé medicinas salvo indicación.",
            "Anote la hora de inicio. No dé nada de comer ni beber.",
            "Use el autoinyector de adrenalina si hay uno. Acuéstese con las piernas en alto.",
            "Mantenga a la persona quieta y no la deje sola.",
            "No coma ni beba nada. Quédese acostado hasta que llegue la ayuda.",
            "No le haga vomitar. Guarde el envase o el paquete.",
            "No lo sujete ni le meta nada en la boca. Póngalo de lado y mida cuánto dura.",
        ]);
}
