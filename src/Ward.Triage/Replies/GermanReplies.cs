namespace Ward.Triage.Replies;

/// <summary>German safety texts.</summary>
internal static class GermanReplies
{
    public static ReplyTable Table { get; } = new(
        Language: "de",
        CallNow: "Rufen Sie jetzt die {0} an.",
        CallEither: "Rufen Sie jetzt die 911 an, wenn Sie in den USA sind, oder die 112 in Europa.",
        Crisis: "Sie können auch jederzeit die 988 (Krisen-Hotline) anrufen oder ihr schreiben.",
        PoisonControl: "Rufen Sie auch die Giftnotrufzentrale an: {0}.",
        Alerted: "Die diensthabende Ärztin bzw. der diensthabende Arzt ist informiert.",
        AskWhere: "Sind Sie in den USA oder in Europa?",
        Holding: "Danke. Eine Ärztin oder ein Arzt antwortet Ihnen. Wenn es schlimmer wird oder "
            + "ein Notfall ist, rufen Sie die {0} an.",
        Either: "911 (USA) oder 112 (Europa)",
        Acknowledgement: "Danke, wir haben Ihre Nachricht erhalten und antworten bald.",
        Steps:
        [
            "Hören Sie mit jeder Anstrengung auf und setzen Sie sich. Öffnen Sie die Tür.",
            "Aufrecht hinsetzen. Atmet jemand nicht, beginnen Sie mit der Herzdruckmassage.",
            "Drücken Sie fest mit einem sauberen Tuch auf die Wunde und lassen Sie nicht los.",
            "Bleiben Sie bei der Person und entfernen Sie Tabletten, Waffen und andere Mittel.",
            "Ziehen Sie das Baby leicht an. Keine Medikamente ohne Anweisung.",
            "Merken Sie sich die Uhrzeit des Beginns. Nichts essen oder trinken.",
            "Nutzen Sie einen Adrenalin-Autoinjektor, falls vorhanden. Hinlegen, Beine hoch.",
            "Halten Sie die Person ruhig und lassen Sie sie nicht allein.",
            "Nichts essen oder trinken. Ruhig liegen bleiben, bis Hilfe kommt.",
            "Kein Erbrechen auslösen. Behälter oder Verpackung aufbewahren.",
            "Nicht festhalten und nichts in den Mund stecken. Auf die Seite drehen und die Zeit "
                + "messen.",
        ]);
}
