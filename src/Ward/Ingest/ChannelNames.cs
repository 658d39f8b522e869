namespace Ward.Ingest;

/// <summary>The channel names stored with messages and conversations.</summary>
internal static class ChannelNames
{
    public const string WhatsApp = "whatsapp";
    public const string Sms = "sms";
}
