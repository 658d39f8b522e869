using System.Text.RegularExpressions;
using Ward.Ingest;

namespace Ward.Practices;

/// <summary>The rules a practice file must meet before anything is imported.</summary>
internal static partial class PracticeFileValidator
{
    public static List<string> Validate(PracticeFile f, TimeProvider time)
    {
        var errors = new List<string>();
        Check(errors, "id", f.Id is not null && IdPattern().IsMatch(f.Id),
            "must be 2-63 lowercase letters, digits or hyphens");
        Check(errors, "name", !string.IsNullOrWhiteSpace(f.Name), "is required");
        Check(errors, "country", f.Country is not null && Regions.IsKnownCountry(f.Country),
            "must be an ISO 3166 two-letter code such as US or BG");
        Check(errors, "timeZone", IsTimeZone(f.TimeZone), "must be an IANA time zone such as America/Chicago");
        Check(errors, "whatsApp / sms", f.WhatsApp is not null || f.Sms is not null,
            "at least one channel is required");
        ValidateWhatsApp(errors, f.WhatsApp);
        ValidateSms(errors, f.Sms);
        ValidateOnCall(errors, f);
        PracticeComplianceValidator.Validate(errors, f, time);
        return errors;
    }

    private static void ValidateWhatsApp(List<string> errors, WhatsAppSettings? w)
    {
        if (w is null)
        {
            return;
        }

        Check(errors, "whatsApp.phoneNumberId", Digits(w.PhoneNumberId),
            "must be the digits of the WhatsApp phone number id");
        Check(errors, "whatsApp.displayPhoneNumber", PhoneAddress.IsE164(w.DisplayPhoneNumber),
            "must be an E.164 number such as +15550100000");
        Check(errors, "whatsApp.accessToken", Present(w.AccessToken), "is required");
        Check(errors, "whatsApp.appSecret", Present(w.AppSecret), "is required");
        Check(errors, "whatsApp.verifyToken", Present(w.VerifyToken), "is required");
        Check(errors, "whatsApp.phi", PhiPolicies.IsKnown(w.Phi), PhiPolicies.Rule);
    }

    private static void ValidateSms(List<string> errors, SmsSettings? s)
    {
        if (s is null)
        {
            return;
        }

        Check(errors, "sms.provider", s.Provider == "twilio", "must be \"twilio\"");
        Check(errors, "sms.accountSid", s.AccountSid is not null && SidPattern().IsMatch(s.AccountSid),
            "must be AC followed by 32 hexadecimal characters");
        Check(errors, "sms.authToken", Present(s.AuthToken), "is required");
        Check(errors, "sms.from", PhoneAddress.IsE164(s.From),
            "must be an E.164 number such as +35924000000");
        Check(errors, "sms.phi", PhiPolicies.IsKnown(s.Phi), PhiPolicies.Rule);
    }

    private static void ValidateOnCall(List<string> errors, PracticeFile f)
    {
        if (f.OnCall is null)
        {
            errors.Add("onCall: is required (who is paged for an emergency)");
            return;
        }

        Check(errors, "onCall.name", Present(f.OnCall.Name), "is required");
        Check(errors, "onCall.mobile", PhoneAddress.IsE164(f.OnCall.Mobile),
            "must be an E.164 mobile number such as +15550100099");
        var key = f.OnCall.PagerDutyRoutingKey;
        Check(errors, "onCall.pagerDutyRoutingKey", key is null || key.Length == 32,
            "must be the 32-character Events API v2 integration key");
        Check(errors, "onCall", f.Sms is not null || key is not null,
            "needs a way to page: an sms channel (to text the mobile) or a pagerDutyRoutingKey");
    }

    internal static void Check(List<string> errors, string field, bool ok, string rule)
    {
        if (!ok)
        {
            errors.Add($"{field}: {rule}");
        }
    }

    internal static bool Present(string? value) => !string.IsNullOrWhiteSpace(value);

    private static bool Digits(string? value) =>
        !string.IsNullOrEmpty(value) && value.All(char.IsAsciiDigit);

    private static bool IsTimeZone(string? id) =>
        !string.IsNullOrWhiteSpace(id) && TimeZoneInfo.TryFindSystemTimeZoneById(id, out _);

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{1,62}$", RegexOptions.NonBacktracking)]
    private static partial Regex IdPattern();

    [GeneratedRegex("^AC[0-9a-fA-F]{32}$", RegexOptions.NonBacktracking)]
    private static partial Regex SidPattern();
}
