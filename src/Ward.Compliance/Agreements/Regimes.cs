namespace Ward.Compliance.Agreements;

/// <summary>Which regime a country falls under and which agreement that regime requires.
/// </summary>
public static class Regimes
{
    // The United States and the territories where HIPAA applies as in the states.
    private static readonly HashSet<string> HipaaCountries =
        new(StringComparer.OrdinalIgnoreCase) { "US", "PR", "GU", "VI", "AS", "MP" };

    // The 27 EU member states (ISO 3166-1: Greece is GR) and the EEA states IS, LI and NO,
    // where the GDPR applies through the EEA Agreement.
    private static readonly HashSet<string> GdprCountries = new(StringComparer.OrdinalIgnoreCase)
    {
        "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE",
        "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
        "IS", "LI", "NO",
    };

    /// <summary>The regime for an ISO 3166-1 alpha-2 country code (case-insensitive).</summary>
    /// <exception cref="ArgumentException">The country is not supported.</exception>
    public static Regime ForCountry(string iso2)
    {
        ArgumentNullException.ThrowIfNull(iso2);

        if (HipaaCountries.Contains(iso2))
        {
            return Regime.Hipaa;
        }

        if (GdprCountries.Contains(iso2))
        {
            return Regime.Gdpr;
        }

        throw new ArgumentException($"Country code '{iso2}' is not supported.", nameof(iso2));
    }

    /// <summary>The agreement a vendor must sign before it may receive PHI under a regime.
    /// </summary>
    public static AgreementKind RequiredAgreement(Regime regime) => regime switch
    {
        // 45 CFR 164.502(e) and 164.504(e): a business associate contract.
        Regime.Hipaa => AgreementKind.Baa,

        // GDPR Art. 28(3): processing by a processor is governed by a contract.
        Regime.Gdpr => AgreementKind.Dpa,
        _ => throw new ArgumentOutOfRangeException(nameof(regime), regime, "Unknown regime."),
    };
}
