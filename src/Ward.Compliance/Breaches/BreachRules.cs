namespace Ward.Compliance.Breaches;

/// <summary>The sections each breach deadline comes from, as shown with the deadline.</summary>
public static class BreachRules
{
    public const string HipaaIndividuals = "45 CFR 164.404(b)";

    public const string HipaaHhsLarge = "45 CFR 164.408(b)";

    public const string HipaaHhsAnnual = "45 CFR 164.408(c)";

    public const string HipaaMedia = "45 CFR 164.406";

    public const string GdprAuthority = "GDPR Art. 33(1)";

    public const string GdprDataSubjects = "GDPR Art. 34(1)";

    public const string VendorAgreement = "Vendor agreement breach-notice term";
}
