namespace Ward.Channels.Sms;

/// <summary>A Twilio status callback for a message Ward sent.</summary>
/// <param name="AccountSid">The sending account, <c>AC…</c>.</param>
/// <param name="MessageSid">The sid returned when the message was sent.</param>
/// <param name="Status">
/// <c>MessageStatus</c>, e.g. <c>sent</c>, <c>delivered</c>, <c>undelivered</c>, <c>failed</c>.
/// </param>
/// <param name="ErrorCode">Twilio's error code on failure, e.g. <c>30003</c>.</param>
public sealed record SmsStatusUpdate(
    string AccountSid, string MessageSid, string Status, string? ErrorCode);
