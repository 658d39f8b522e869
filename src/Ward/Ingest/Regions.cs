using Ward.Triage;

namespace Ward.Ingest;

/// <summary>
/// Which emergency-number region a country belongs to: the US (911) or the EU/EEA (112).
/// </summary>
internal static class Regions
{
    // 911 is the number in the US and its territories that share the +1 plan.
    private static readonly HashSet<string> UnitedStates =
        new(["US", "PR", "GU", "VI", "AS", "MP"], StringComparer.OrdinalIgnoreCase);

    // 112 works across the EU and the EEA (Directive (EU) 2018/1972, Art. 109).
    private static readonly HashSet<string> EuropeanUnion = new(
    [
        "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT",
        "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "IS", "LI", "NO",
    ], StringComparer.OrdinalIgnoreCase);

    public static bool IsKnownCountry(string country) =>
        country.Length == 2 && (UnitedStates.Contains(country) || EuropeanUnion.Contains(country)
            || global::PhoneNumbers.PhoneNumberUtil.GetInstance().GetSupportedRegions().Contains(
                country.ToUpperInvariant()));

    public static PatientRegion Of(string? country)
    {
        if (country is null)
        {
            return PatientRegion.Unknown;
        }

        if (UnitedStates.Contains(country))
        {
            return PatientRegion.US;
        }

        return EuropeanUnion.Contains(country) ? PatientRegion.EU : PatientRegion.Unknown;
    }

    /// <summary>
    /// Where the patient probably is: the practice's region when the patient's number belongs to
    /// it; otherwise unknown, so the reply shows both numbers and asks.
    /// </summary>
    public static PatientRegion ForPatient(string practiceCountry, string? patientCountry)
    {
        var practice = Of(practiceCountry);
        var patient = Of(patientCountry);
        return practice != PatientRegion.Unknown && practice == patient
            ? practice
            : PatientRegion.Unknown;
    }

    /// <summary>The language a practice writes in when the patient's is not known.</summary>
    public static string DefaultLanguage(string country) => country.ToUpperInvariant() switch
    {
        "BG" => "bg",
        "ES" => "es",
        "DE" or "AT" or "LI" => "de",
        "FR" => "fr",
        "IT" => "it",
        "PT" => "pt",
        "RO" => "ro",
        "PL" => "pl",
        "NL" => "nl",
        "GR" => "el",
        _ => "en",
    };
}
