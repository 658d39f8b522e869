namespace Ward.Compliance.Agreements;

/// <summary>The privacy law a practice's patients fall under.</summary>
public enum Regime
{
    /// <summary>HIPAA (45 CFR Parts 160 and 164), for the United States and its territories.
    /// </summary>
    Hipaa,

    /// <summary>GDPR (Regulation (EU) 2016/679), for the EU and the EEA.</summary>
    Gdpr,
}
