namespace Ward.Staff.Inbox;

/// <summary>A message or an internal note in a thread, opened for the reader. Delivery is the
/// provider's latest state for outbound messages ("queued", "sent", "delivered", "read",
/// "failed"), with the error code when it failed.</summary>
internal sealed record ThreadMessage(
    string Id, string Kind, string Text, DateTimeOffset At, string? Category, string? Kinds,
    string? Delivery, string? DeliveryError, string? Author, bool NeedsAcknowledgement);
