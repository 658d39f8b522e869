namespace Ward.Assistant.Replies.Phrases;

/// <summary>Ward's own phrases in English.</summary>
internal static class EnglishPhrases
{
    public static PhraseTable Table { get; } = new(
        "en",
        "Thank you. Your message is with the practice team; they will reply during "
            + "office hours.",
        "Thank you. Your appointment request is with the front desk; they will confirm "
            + "a time with you.",
        "These times are free: {0}. Reply with the one you want.",
        "Thank you. The front desk will contact you about changing or cancelling your "
            + "appointment.",
        "Thank you. Your refill request is now a task for the practice team. If you "
            + "have not said so yet, reply with the medicine's name and your pharmacy.",
        "Please fill in the intake form here: {0}",
        "Would you like our assistant to help you fill it in, in your language? Reply "
            + "YES or NO.",
        "A member of the practice team will contact you as soon as they can.",
        "Thank you. Write to us any time you need something.",
        "The practice has written this in another language:");
}
