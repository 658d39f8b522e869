using PhoneNumbers;

namespace Ward.Ingest;

/// <summary>Normalises phone numbers to E.164 and finds their country, with
/// libphonenumber.</summary>
internal static class PhoneAddress
{
    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    public static bool IsE164(string? value) =>
        value is not null && value.StartsWith('+') && TryNormalise(value, out _, out _);

    /// <summary>Parses a number written with or without '+' (WhatsApp ids carry none).</summary>
    public static bool TryNormalise(string raw, out string e164, out string? country)
    {
        e164 = "";
        country = null;
        var text = raw.StartsWith('+') ? raw : "+" + raw;
        try
        {
            var number = Util.Parse(text, null);
            if (!Util.IsPossibleNumber(number))
            {
                return false;
            }

            e164 = Util.Format(number, PhoneNumberFormat.E164);
            // Numbers outside any assigned range (test and fictional numbers) still belong to
            // their calling code's main country, which is what the emergency routing needs.
            country = Util.GetRegionCodeForNumber(number)
                ?? Util.GetRegionCodeForCountryCode(number.CountryCode);
            return true;
        }
        catch (NumberParseException)
        {
            return false;
        }
    }
}
