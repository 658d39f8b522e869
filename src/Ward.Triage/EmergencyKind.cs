namespace Ward.Triage;

/// <summary>
/// The emergencies the triage recognises. The order is the stable order used in
/// <see cref="TriageDecision.Kinds"/>; wire names come from <see cref="EmergencyKindNames"/>.
/// </summary>
public enum EmergencyKind
{
    /// <summary>Chest pain or pressure that may be cardiac.</summary>
    ChestPain,

    /// <summary>Severe difficulty breathing, choking, turning blue, unresponsive.</summary>
    Breathing,

    /// <summary>Heavy or uncontrolled bleeding.</summary>
    Bleeding,

    /// <summary>Suicidal or self-harm language, direct, indirect or euphemistic.</summary>
    SuicideSelfHarm,

    /// <summary>Fever in an infant younger than three months.</summary>
    InfantFever,

    /// <summary>Signs of stroke, including symptoms that have already passed.</summary>
    Stroke,

    /// <summary>Severe allergic reaction.</summary>
    Anaphylaxis,

    /// <summary>Head injury with loss of consciousness or altered awareness.</summary>
    HeadInjury,

    /// <summary>Severe abdominal pain.</summary>
    Abdominal,

    /// <summary>
    /// Swallowed or drank a poison, household chemical, button battery, magnets, someone
    /// else's or too many pills, or carbon monoxide; an accidental overdose.
    /// </summary>
    Poisoning,

    /// <summary>A seizure or convulsion happening now or just now.</summary>
    Seizure,
}
