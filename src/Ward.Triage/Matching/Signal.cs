namespace Ward.Triage.Matching;

/// <summary>
/// What a lexicon phrase tells the rules. The first eleven are sufficient on their own for the
/// emergency kind of the same position; the rest are cues that the rules combine, modifiers
/// that cancel a nearby cue, and cues for language, category and place.
/// </summary>
internal enum Signal : byte
{
    ChestPain,
    Breathing,
    Bleeding,
    SuicideSelfHarm,
    InfantFever,
    Stroke,
    Anaphylaxis,
    HeadInjury,
    Abdominal,
    Poisoning,
    Seizure,

    /// <summary>Fever words: "fever", "fiebre", "температура", "hot to the touch".</summary>
    Fever,

    /// <summary>A word that means a baby under three months by itself: "newborn".</summary>
    Newborn,

    /// <summary>Age units after a number: days, weeks, months (with abbreviations).</summary>
    AgeDay,
    AgeWeek,
    AgeMonth,

    /// <summary>Words that turn a following number into a duration ("for", "since").</summary>
    Duration,

    /// <summary>A hit to the head ("hit his head", "udari si glavata").</summary>
    HeadHit,

    /// <summary>Lost consciousness, passed out, knocked out, "was out".</summary>
    Unconscious,

    /// <summary>Not waking, not responding; with a head hit it is a head injury.</summary>
    Unresponsive,

    /// <summary>Confused, vomiting, drowsy after a hit: altered state.</summary>
    Altered,

    /// <summary>Pain in the belly or stomach.</summary>
    AbdominalPain,

    /// <summary>Severity words: severe, excruciating, worst ever, unbearable.</summary>
    Severe,

    /// <summary>Shock or cardiac signs: pale, grey, cold sweat, fainted.</summary>
    ShockSign,

    /// <summary>Vague chest words: "chest feels funny", "chest tight".</summary>
    ChestDiscomfort,

    /// <summary>Pain or heaviness radiating to the left arm or the jaw.</summary>
    ArmJaw,

    /// <summary>Swelling of lips, face, eyes.</summary>
    Swelling,

    /// <summary>Hives, welts, rash all over.</summary>
    Hives,

    /// <summary>Throat signs: throat itchy, tight, feels funny, hard to swallow.</summary>
    ThroatSign,

    /// <summary>A trigger: ate peanuts, bee sting, after penicillin or an injection.</summary>
    AllergyTrigger,

    /// <summary>Bleeding words that need a heavy modifier.</summary>
    BleedWord,

    /// <summary>Heavy, a lot, won't stop, through the towel.</summary>
    Heavy,

    /// <summary>Minor, a little, small cut: keeps weak bleeding cues calm.</summary>
    Mild,

    /// <summary>Sudden onset: suddenly, out of nowhere, de repente.</summary>
    Sudden,

    /// <summary>Weak or numb limb, speech trouble: a stroke sign when sudden.</summary>
    NeuroSign,

    /// <summary>
    /// An overdose named without intent ("I overdosed on my insulin"): an emergency without
    /// suicidal wording.
    /// </summary>
    Overdose,

    /// <summary>
    /// Taking pills ("took .. pills", "изпих .. хапчета"): with a quantity inside the phrase
    /// ("40", "all my", "the whole") it is an intentional overdose.
    /// </summary>
    PillsTaken,

    /// <summary>Swallowed, drank, ate, ingested: with a toxin it is a poisoning.</summary>
    Ingested,

    /// <summary>Something harmful to swallow: bleach, button battery, magnets, rat poison.</summary>
    Toxin,

    /// <summary>Pills or medicine (plural): swallowed by a child it is a poisoning.</summary>
    Medicine,

    /// <summary>A child: kid, toddler, son, daughter, hijo, детето.</summary>
    Child,

    /// <summary>Pregnancy: "pregnant", "embarazada", "бременна".</summary>
    Pregnant,

    /// <summary>A negation cue before a phrase ("no", "not", "без").</summary>
    Negation,

    /// <summary>A cue after a phrase that cancels it ("anymore", "is gone", "stopped").</summary>
    PostNegation,

    /// <summary>Past episode: "in 2019", "years ago", "history of".</summary>
    History,

    /// <summary>General or hypothetical question: "what are the signs of".</summary>
    Hypothetical,

    /// <summary>An idiom that looks alarming and is not: "killing me", "dying to".</summary>
    Idiom,

    /// <summary>Laughter near a breathing cue: "can't breathe from laughing", "lol".</summary>
    Laughter,

    /// <summary>A quantity that makes taking pills an overdose: all, whole, entire.</summary>
    Quantity,

    /// <summary>An accident, not an intent: "accidentally", "by mistake", "double dose".</summary>
    Accidental,

    /// <summary>Asks for medical judgement or reports a symptom.</summary>
    Clinical,

    /// <summary>Administrative: booking, billing, forms, directions.</summary>
    Routine,

    /// <summary>A frequent word of the language, used to detect the language.</summary>
    Stopword,

    /// <summary>A cue that the following place is where the patient is now.</summary>
    Presence,

    /// <summary>A place in the United States.</summary>
    PlaceUS,

    /// <summary>A place in Europe where 112 works.</summary>
    PlaceEU,
}
