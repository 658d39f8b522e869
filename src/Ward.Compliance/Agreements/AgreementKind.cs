namespace Ward.Compliance.Agreements;

/// <summary>The kind of contract that lets a vendor handle PHI.</summary>
public enum AgreementKind
{
    /// <summary>Business associate agreement (45 CFR 164.504(e)).</summary>
    Baa,

    /// <summary>Data processing agreement (GDPR Art. 28(3)).</summary>
    Dpa,
}
