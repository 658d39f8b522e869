namespace Ward.Compliance.Breaches;

/// <summary>Where the assessment of an incident stands.</summary>
public enum BreachDetermination
{
    /// <summary>Still being assessed; the clocks already run (45 CFR 164.404(a)(2)).</summary>
    UnderAssessment,

    /// <summary>A breach that must be notified.</summary>
    Breach,

    /// <summary>Assessed as no breach (for example a low probability of compromise under
    /// 45 CFR 164.402); nothing to notify.</summary>
    NoBreach,
}
