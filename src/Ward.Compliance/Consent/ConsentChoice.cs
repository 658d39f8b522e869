namespace Ward.Compliance.Consent;

/// <summary>A patient's choice for one purpose.</summary>
public enum ConsentChoice
{
    Granted,
    Withdrawn,
}
