namespace Ward.Triage.Replies;

/// <summary>English safety texts.</summary>
internal static class EnglishReplies
{
    public static ReplyTable Table { get; } = new(
        Language: "en",
        CallNow: "Call {0} now.",
        CallEither: "Call 911 now if you are in the US, or 112 if you are in Europe.",
        Crisis: "You can also call or text 988 (Suicide & Crisis Lifeline) any time.",
        PoisonControl: "Also call Poison Control at {0}.",
        Alerted: "The on-call clinician has been alerted.",
        AskWhere: "Are you in the US or in Europe?",
        Holding: "Thank you. A clinician will reply to you. If it gets worse or is an emergency, "
            + "call {0}.",
        Either: "911 (US) or 112 (Europe)",
        Acknowledgement: "Thank you, we have received your message and will reply soon.",
        Steps:
        [
            "Stop all activity and sit down. Unlock the door.",
            "Sit upright. If someone is not breathing, start CPR.",
            "Press hard on the wound with a clean cloth and do not let go.",
            "Stay with the person and remove pills, weapons or other means.",
            "Keep the baby lightly dressed. Give no medicine unless told to.",
            "Note the time it started. Give nothing to eat or drink.",
            "Use an adrenaline auto-injector if there is one. Lie down, legs raised.",
            "Keep the person still and do not leave them alone.",
            "Give nothing to eat or drink. Lie still until help arrives.",
            "Do not make them vomit. Keep the container or package.",
            "Do not hold them down or put anything in the mouth. Turn them on their side and "
                + "time it.",
        ]);
}
