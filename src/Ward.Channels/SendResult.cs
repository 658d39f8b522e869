namespace Ward.Channels;

/// <summary>The outcome of a message the provider accepted for delivery.</summary>
/// <param name="ProviderMessageId">
/// The provider's id for the message (a WhatsApp <c>wamid.…</c> or a Twilio <c>SM…</c> sid);
/// later status callbacks refer to it.
/// </param>
public sealed record SendResult(string ProviderMessageId);
