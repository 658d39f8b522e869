namespace Ward.Triage;

/// <summary>Where the patient is, as far as emergency numbers are concerned.</summary>
public enum PatientRegion
{
    /// <summary>Not known: both 911 and 112 are shown and the reply asks where the patient is.</summary>
    Unknown,

    /// <summary>United States: 911, and 988 for suicidal or self-harm language.</summary>
    US,

    /// <summary>Europe: 112.</summary>
    EU,
}
