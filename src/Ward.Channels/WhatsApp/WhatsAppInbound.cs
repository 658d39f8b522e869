namespace Ward.Channels.WhatsApp;

/// <summary>
/// One inbound WhatsApp message. Holds PHI: never log it or put it in an exception.
/// </summary>
/// <param name="PhoneNumberId">The practice's business phone number id that received it.</param>
/// <param name="WaId">
/// The sender's WhatsApp id (<c>contacts[].wa_id</c>); key the patient on it.
/// </param>
/// <param name="ProfileName">The sender's WhatsApp profile name, if given.</param>
/// <param name="MessageId">The <c>wamid.…</c> id; de-duplicate on it.</param>
/// <param name="SentAt">When the patient sent it.</param>
/// <param name="Type">
/// The WhatsApp message type, e.g. <c>text</c>, <c>image</c>, <c>interactive</c>, <c>button</c>.
/// </param>
/// <param name="Text">
/// The text body, the media caption, the tapped reply button or list row title, or the text of
/// a template quick-reply button; null when the message carries no text.
/// </param>
/// <param name="MediaId">
/// The media id of image, audio, video, document and sticker messages.
/// </param>
/// <param name="MediaMimeType">The media MIME type, when a media id is present.</param>
/// <param name="ReplyToMessageId">
/// The id of the earlier message this one answers (<c>context.id</c>).
/// </param>
public sealed record WhatsAppInbound(
    string PhoneNumberId,
    string WaId,
    string? ProfileName,
    string MessageId,
    DateTimeOffset SentAt,
    string Type,
    string? Text,
    string? MediaId,
    string? MediaMimeType,
    string? ReplyToMessageId)
{
    /// <summary>
    /// The sender's phone number as sent in <c>from</c> (digits, no plus); it may differ from
    /// <see cref="WaId"/>.
    /// </summary>
    public string? From { get; init; }

    /// <summary>Describes the message by its ids only, so that no PHI reaches a log.</summary>
    public override string ToString() =>
        $"WhatsAppInbound {{ MessageId = {MessageId}, Type = {Type} }}";
}
