namespace Ward.Compliance.Agreements;

/// <summary>What the vendor must do with PHI when the agreement ends (45 CFR
/// 164.504(e)(2)(ii)(J); GDPR Art. 28(3)(g)).</summary>
public enum TerminationTerms
{
    ReturnPhi,
    DestroyPhi,
    ReturnOrDestroy,
}
