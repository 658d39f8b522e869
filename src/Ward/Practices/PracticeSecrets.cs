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
}
