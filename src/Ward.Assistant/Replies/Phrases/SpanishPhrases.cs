namespace Ward.Assistant.Replies.Phrases;

/// <summary>Ward's own phrases in Spanish.</summary>
internal static class SpanishPhrases
{
    public static PhraseTable Table { get; } = new(
        "es",
        "Gracias. Su mensaje está con el equipo de la consulta; le responderán en "
            + "horario de atención.",
        "Gracias. Su solicitud de cita está con recepción; le confirmarán una hora.",
        "Estas horas están libres: {0}. Responda con la que prefiera.",
        "Gracias. Recepción se pondrá en contacto con usted para cambiar o cancelar su "
            + "cita.",
        "Gracias. Su solicitud de receta es ahora una tarea del equipo. Si aún no lo "
            + "ha dicho, responda con el nombre del medicamento y su farmacia.",
        "Por favor, rellene el formulario de admisión aquí: {0}",
        "¿Quiere que nuestro asistente le ayude a rellenarlo en su idioma? Responda SÍ "
            + "o NO.",
        "Una persona del equipo se pondrá en contacto con usted lo antes posible.",
        "Gracias. Escríbanos cuando lo necesite.",
        "La consulta tiene esta información en otro idioma:");
}
