namespace Ward.Compliance.Breaches;

/// <summary>Who must be told of a breach.</summary>
public enum BreachRecipient
{
    /// <summary>The affected individuals (45 CFR 164.404).</summary>
    Individuals,

    /// <summary>The Secretary of HHS (45 CFR 164.408).</summary>
    Hhs,

    /// <summary>Prominent media outlets of a State (45 CFR 164.406).</summary>
    Media,

    /// <summary>The supervisory authority (GDPR Art. 33).</summary>
    SupervisoryAuthority,

    /// <summary>The data subjects (GDPR Art. 34).</summary>
    DataSubjects,

    /// <summary>The vendor's notice to the practice, under the vendor's agreement.</summary>
    Vendor,
}
