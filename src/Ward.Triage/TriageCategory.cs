namespace Ward.Triage;

/// <summary>The outcome class of one inbound patient message.</summary>
public enum TriageCategory
{
    /// <summary>Administrative: booking, hours, paperwork, billing, directions.</summary>
    Routine,

    /// <summary>Asks for medical judgement or reports a non-emergency symptom.</summary>
    Clinical,

    /// <summary>A possible emergency: the reply shows emergency numbers at once.</summary>
    Emergency,
}
