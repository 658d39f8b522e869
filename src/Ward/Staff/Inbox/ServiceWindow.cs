using Ward.Ingest;

namespace Ward.Staff.Inbox;

/// <summary>
/// WhatsApp's customer-service window: free-form messages may go out only within 24 hours of
/// the patient's last message; after that only an approved template (Meta, WhatsApp Business
/// Platform pricing and messaging rules; error 131047 otherwise). SMS has no such window.
/// </summary>
internal sealed record ServiceWindow(bool Applies, DateTimeOffset? ClosesAt)
{
    public static readonly TimeSpan Length = TimeSpan.FromHours(24);

    public bool IsOpen(DateTimeOffset now) => !Applies || (ClosesAt is { } at && now < at);

    public TimeSpan Left(DateTimeOffset now) =>
        ClosesAt is { } at && at > now ? at - now : TimeSpan.Zero;

    public static ServiceWindow For(string channel, long lastInboundAtMs) =>
        channel == ChannelNames.WhatsApp
            ? new ServiceWindow(true, lastInboundAtMs > 0
                ? DateTimeOffset.FromUnixTimeMilliseconds(lastInboundAtMs) + Length : null)
            : new ServiceWindow(false, null);
}
