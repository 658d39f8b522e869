namespace Ward.Triage.Replies;

/// <summary>Haitian Creole safety texts.</summary>
internal static class HaitianCreoleReplies
{
    public static ReplyTable Table { get; } = new(
        Language: "ht",
        CallNow: "Rele {0} kounye a.",
        CallEither: "Rele 911 kounye a si w nan Etazini, oswa 112 si w an Ewòp.",
        Crisis: "Ou ka rele oswa voye mesaj bay 988 (liy kriz) nenpòt ki lè tou.",
        PoisonControl: "Rele Poison Control tou: {0}.",
        Alerted: "Nou avèti doktè ki de gad la.",
        AskWhere: "Èske w nan Etazini oswa an Ewòp?",
        Holding: "Mèsi. Yon doktè ap reponn ou. Si sa vin pi mal oswa si se yon ijans, "
            + "rele {0}.",
        Either: "911 (Etazini) oswa 112 (Ewòp)",
        Acknowledgement: "Mèsi, nou resevwa mesaj ou a epi n ap reponn ou byento.",
        Steps:
        [
            "Sispann tout aktivite epi chita. Debare pòt la.",
            "Chita dwat. Si yon moun pa respire, kòmanse fè CPR.",
            "Peze fò sou blesi a ak yon twal pwòp epi pa lage.",
            "Rete ak moun nan epi retire grenn, zam oswa lòt bagay danjere.",
            "Mete rad lejè sou tibebe a. Pa ba li okenn medikaman si doktè pa di sa.",
            "Note lè sa te kòmanse. Pa bay anyen pou manje oswa bwè.",
            "Sèvi ak oto-enjektè adrenalin nan si genyen. Kouche, leve janm yo anlè.",
            "Kenbe moun nan san li pa bouje epi pa kite li poukont li.",
            "Pa manje ni bwè anyen. Rete kouche trankil jiskaske èd rive.",
            "Pa fè moun nan vomi. Kenbe bwat oswa pake a.",
            "Pa kenbe moun nan fò, pa mete anyen nan bouch li. Vire l sou kote epi gade konbyen "
                + "tan sa dire.",
        ]);
}
