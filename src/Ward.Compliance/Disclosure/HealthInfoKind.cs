namespace Ward.Compliance.Disclosure;

/// <summary>Categories of health information found in a text.</summary>
[Flags]
public enum HealthInfoKind
{
    None = 0,

    /// <summary>A condition, diagnosis or symptom.</summary>
    Condition = 1,

    /// <summary>A medication, a prescription or a dose.</summary>
    Medication = 2,

    /// <summary>A test, a result or a measured value.</summary>
    Result = 4,

    /// <summary>The reason for a visit: screening, vaccination, follow-up of a condition.</summary>
    AppointmentReason = 8,

    /// <summary>A surgery, a procedure or a treatment.</summary>
    Procedure = 16,
}
