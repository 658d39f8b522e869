namespace Ward.Triage;

/// <summary>Where the patient is, as far as emergency numbers are concerned.</summary>
public enum PatientRegion
{
    /// <summary>Not known: 911 and 112 are both shown and the reply asks where.</summary>
    Unknown,

    /// <summary>United States: 911, and 988 for suicidal or self-harm language.</summary>
    US,

    /// <summary>Europe: 112.</summary>
    EU,
}
