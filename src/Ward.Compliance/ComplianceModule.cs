namespace Ward.Compliance;

/// <summary>Marks the Compliance module: agreements and the PHI gate, consent, breach clocks,
/// retention, data-subject rights and the audit pack.</summary>
public static class ComplianceModule
{
    /// <summary>The module's name as it appears in logs and documents.</summary>
    public const string Name = "Compliance";
}
