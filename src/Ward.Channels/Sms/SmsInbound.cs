namespace Ward.Channels.Sms;

/// <summary>One inbound SMS or MMS from Twilio. Holds PHI: never log it.</summary>
/// <param name="AccountSid">The receiving Twilio account, <c>AC…</c>.</param>
/// <param name="MessageSid">
/// The message sid (<c>SM…</c> or <c>MM…</c>); de-duplicate on it.
/// </param>
/// <param name="From">The sender's number in E.164.</param>
/// <param name="To">The practice number that received it, in E.164.</param>
/// <param name="Body">The text; empty when the message carried only media.</param>
/// <param name="NumMedia">How many media items were attached.</param>
/// <param name="MediaUrls">The <c>MediaUrl0…</c> values, in order.</param>
/// <param name="OptOutType">
/// <c>STOP</c>, <c>START</c> or <c>HELP</c> when Twilio matched an opt-out keyword.
/// </param>
public sealed record SmsInbound(
    string AccountSid,
    string MessageSid,
    string From,
    string To,
    string Body,
    int NumMedia,
    IReadOnlyList<string> MediaUrls,
    string? OptOutType)
{
    /// <summary>Describes the message by its ids only, so that no PHI reaches a log.</summary>
    public override string ToString() =>
        $"SmsInbound {{ MessageSid = {MessageSid}, NumMedia = {NumMedia} }}";
}
