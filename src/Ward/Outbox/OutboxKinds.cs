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

    /// <summary>A reply in a portal conversation: "sending" it is storing it for the portal,
    /// so the dispatcher completes it locally.</summary>
    public const string PortalText = "portal.text";

    /// <summary>A portal sign-in code, texted through the practice's SMS account.</summary>
    public const string PortalCodeSms = "portal.code.sms";

    /// <summary>A knowledge-base answer waiting for the optional model; the dispatcher turns
    /// it into the channel's reply (the model's text or the retrieval draft) before sending.
    /// The payload is an <c>AssistantModel.ModelDraft</c> in JSON.</summary>
    public const string AssistantModel = "assistant.model";

    /// <summary>The kind that carries a reply in a conversation on <paramref
    /// name="channel"/>.</summary>
    public static string ReplyKindFor(string channel) => channel switch
    {
        Ingest.ChannelNames.WhatsApp => WhatsAppText,
        Ingest.ChannelNames.Portal => PortalText,
        _ => SmsText,
    };

    /// <summary>Kinds that no provider carries: the dispatcher completes them itself.</summary>
    public static bool IsLocal(string kind) => kind == PortalText;

    public static bool IsPage(string kind) => kind.StartsWith("page.", StringComparison.Ordinal);
}
