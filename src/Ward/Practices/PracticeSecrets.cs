namespace Ward.Practices;

/// <summary>Hides the secrets of a practice file for display.</summary>
internal static class PracticeSecrets
{
    private const string Hidden = "***";

    public static PracticeFile Redact(PracticeFile file) => file with
    {
        WhatsApp = file.WhatsApp is null ? null : file.WhatsApp with
        {
            AccessToken = Hidden, AppSecret = Hidden, VerifyToken = Hidden,
        },
        Sms = file.Sms is null ? null : file.Sms with { AuthToken = Hidden },
        OnCall = file.OnCall with
        {
            PagerDutyRoutingKey = file.OnCall.PagerDutyRoutingKey is null ? null : Hidden,
        },
    };

    /// <summary>
    /// Puts back the stored secrets where a file holds the export's "***" placeholder, so an
    /// exported, edited and re-imported file keeps working. A placeholder with nothing stored
    /// behind it is an error naming the field.
    /// </summary>
    public static (PracticeFile File, List<string> Errors) Restore(
        PracticeFile file, PracticeFile? stored)
    {
        ArgumentNullException.ThrowIfNull(file);
        var errors = new List<string>();
        string Keep(string? value, string? old, string field)
        {
            if (value != Hidden)
            {
                return value!;
            }

            if (old is null or Hidden)
            {
                errors.Add($"{field}: holds the \"***\" placeholder of an export; give the "
                    + "real value");
            }

            return old ?? value;
        }

        var restored = file with
        {
            WhatsApp = file.WhatsApp is not { } w ? null : w with
            {
                AccessToken = Keep(w.AccessToken, stored?.WhatsApp?.AccessToken, "whatsApp.accessToken"),
                AppSecret = Keep(w.AppSecret, stored?.WhatsApp?.AppSecret, "whatsApp.appSecret"),
                VerifyToken = Keep(w.VerifyToken, stored?.WhatsApp?.VerifyToken, "whatsApp.verifyToken"),
            },
            Sms = file.Sms is not { } m ? null : m with
            {
                AuthToken = Keep(m.AuthToken, stored?.Sms?.AuthToken, "sms.authToken"),
            },
            OnCall = file.OnCall is not { } c ? file.OnCall! : c with
            {
                PagerDutyRoutingKey = c.PagerDutyRoutingKey is null ? null : Keep(
                    c.PagerDutyRoutingKey, stored?.OnCall?.PagerDutyRoutingKey,
                    "onCall.pagerDutyRoutingKey"),
            },
        };
        return (restored, errors);
    }
}
