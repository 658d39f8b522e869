namespace Ward.Outbox;

/// <summary>What an outbox row sends, and through which provider.</summary>
internal static class OutboxKinds
{
    public const string WhatsAppText = "whatsapp.text";

    /// <summary>An approved template, the only kind WhatsApp accepts outside the 24-hour
    /// window; the payload body is a <c>TemplateSend</c> in JSON.</summary>
    public const string WhatsAppTemplate = "whatsapp.template";
    public const string SmsText = "sms.text";
    public const string PageSms = "page.sms";
    public const string PagePagerDuty = "page.pagerduty";
    public const string AlertSms = "alert.sms";

    public static bool IsPage(string kind) => kind.StartsWith("page.", StringComparison.Ordinal);
}
