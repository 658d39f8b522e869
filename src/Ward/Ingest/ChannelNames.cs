namespace Ward.Ingest;

/// <summary>The channel names stored with messages and conversations.</summary>
internal static class ChannelNames
{
    public const string WhatsApp = "whatsapp";
    public const string Sms = "sms";

    /// <summary>The practice's own chat page; nothing leaves Ward, so no vendor is
    /// involved.</summary>
    public const string Portal = "portal";
}
