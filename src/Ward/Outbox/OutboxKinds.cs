namespace Ward.Outbox;

/// <summary>What an outbox row sends, and through which provider.</summary>
internal static class OutboxKinds
{
    public const string WhatsAppText = "whatsapp.text";
    public const string SmsText = "sms.text";
    public const string PageSms = "page.sms";
    public const string PagePagerDuty = "page.pagerduty";
    public const string AlertSms = "alert.sms";

    public static bool IsPage(string kind) => kind.StartsWith("page.", StringComparison.Ordinal);
}
