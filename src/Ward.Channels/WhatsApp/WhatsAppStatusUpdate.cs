namespace Ward.Channels.WhatsApp;

/// <summary>A delivery status for a message Ward sent.</summary>
/// <param name="PhoneNumberId">The business phone number id the message was sent from.</param>
/// <param name="MessageId">The <c>wamid.…</c> returned when the message was sent.</param>
/// <param name="Status"><c>sent</c>, <c>delivered</c>, <c>read</c> or <c>failed</c>.</param>
/// <param name="At">
/// When the status changed; statuses arrive out of order, so compare times.
/// </param>
/// <param name="RecipientId">The recipient's WhatsApp id, if given.</param>
/// <param name="ErrorCode">
/// The first <c>errors[].code</c> of a failed message, e.g. 131047 (outside the 24-hour window).
/// </param>
public sealed record WhatsAppStatusUpdate(
    string PhoneNumberId,
    string MessageId,
    string Status,
    DateTimeOffset At,
    string? RecipientId,
    int? ErrorCode)
{
    /// <summary>Describes the update without the recipient's id.</summary>
    public override string ToString() =>
        $"WhatsAppStatusUpdate {{ MessageId = {MessageId}, Status = {Status} }}";
}
