namespace Ward.Triage.Replies;

/// <summary>Hungarian safety texts.</summary>
internal static class HungarianReplies
{
    public static ReplyTable Table { get; } = new(
        Language: "hu",
        CallNow: "Hívja azonnal a {0}-es számot.",
        CallEither: "Hívja azonnal a 911-et, ha az USA-ban van, vagy a 112-t, ha Európában.",
        Crisis: "Bármikor hívhatja vagy írhat a 988-as számra (krízisvonal) is.",
        PoisonControl: "Hívja a méregközpontot is: {0}.",
        Alerted: "Az ügyeletes orvost értesítettük.",
        AskWhere: "Az USA-ban vagy Európában van?",
        Holding: "Köszönjük. Egy orvos válaszolni fog Önnek. Ha rosszabbodik vagy sürgős, "
            + "hívja ezt a számot: {0}.",
        Either: "911 (USA) vagy 112 (Európa)",
        Acknowledgement: "Köszönjük, megkaptuk üzenetét, és hamarosan válaszolunk.",
        Steps:
        [
            "Hagyjon abba minden tevékenységet, és üljön le. Nyissa ki az ajtót.",
            "Üljön egyenesen. Ha valaki nem lélegzik, kezdje el az újraélesztést.",
            "Tiszta ruhával erősen nyomja a sebet, és ne engedje el.",
            "Maradjon az illető mellett, és távolítsa el a gyógyszereket, fegyvereket "
                + "és más eszközöket.",
            "Öltöztesse a babát könnyen. Ne adjon gyógyszert orvosi utasítás nélkül.",
            "Jegyezze fel, mikor kezdődött. Ne adjon enni vagy inni.",
            "Használja az adrenalin-autoinjektort, ha van. Feküdjön le, emelje fel a lábát.",
            "Tartsa mozdulatlanul az illetőt, és ne hagyja egyedül.",
            "Ne egyen és ne igyon. Feküdjön nyugodtan, amíg a segítség megérkezik.",
            "Ne hánytassa. Tartsa meg a csomagolást.",
            "Ne fogja le, és ne tegyen semmit a szájába. Fordítsa az oldalára, és mérje az időt.",
        ]);
}
