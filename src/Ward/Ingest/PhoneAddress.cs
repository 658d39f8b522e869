using PhoneNumbers;

namespace Ward.Ingest;

/// <summary>Normalises phone numbers to E.164 and finds their country, with
/// libphonenumber.</summary>
internal static class PhoneAddress
{
    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    public static bool IsE164(string? value) =>
        value is not null && value.StartsWith('+') && TryNormalise(value, out _, out _);

    /// <summary>
    /// The sender's address for storage and lookup: E.164 when the number parses, otherwise the
    /// raw text, marked. A message is never dropped because its sender looks odd: an emergency
    /// from it must still be stored and paged, and staff must see it.
    /// </summary>
    public static (string Address, string? Country) Sender(string? raw)
    {
        var text = (raw ?? "").Trim();
        if (text.StartsWith("whatsapp:", StringComparison.OrdinalIgnoreCase))
        {
            text = text["whatsapp:".Length..].Trim();
        }

        return TryNormalise(text, out var e164, out var country)
            ? (e164, country)
            : ("unparsed:" + (text.Length > 64 ? text[..64] : text), null);
    }

    /// <summary>Parses a number as a person types it: international with '+', or national in
    /// <paramref name="country"/>'s own format ("(555) 010-0123" in the US).</summary>
    public static bool TryNormaliseTyped(string raw, string country, out string e164)
    {
        e164 = "";
        var text = new string([.. raw.Where(c => char.IsAsciiDigit(c) || c == '+')]);
        if (text.Length is < 4 or > 20)
        {
            return false;
        }

        try
        {
            var number = Util.Parse(text, country.ToUpperInvariant());
            if (!Util.IsPossibleNumber(number))
            {
                return false;
            }

            e164 = Util.Format(number, PhoneNumberFormat.E164);
            return true;
        }
        catch (NumberParseException)
        {
            return false;
        }
    }

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
