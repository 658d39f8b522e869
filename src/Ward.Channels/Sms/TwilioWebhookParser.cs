using System.Globalization;

namespace Ward.Channels.Sms;

/// <summary>
/// Reads Twilio's form-encoded webhooks (decoded name/value pairs). Verify the signature with
/// <see cref="TwilioSignature"/> over all received fields before calling it.
/// </summary>
public static class TwilioWebhookParser
{
    // Twilio attaches at most 10 media items to one message.
    private const int MaxMedia = 10;

    /// <summary>Reads an inbound message webhook.</summary>
    /// <exception cref="WebhookFormatException">
    /// <c>MessageSid</c>, <c>AccountSid</c>, <c>From</c> or <c>To</c> is missing, or the media
    /// fields do not agree with <c>NumMedia</c>.
    /// </exception>
    public static SmsInbound ParseInbound(IReadOnlyDictionary<string, string> form)
    {
        ArgumentNullException.ThrowIfNull(form);

        var accountSid = Required(form, "AccountSid");
        var messageSid = Required(form, "MessageSid");
        var from = Required(form, "From");
        var to = Required(form, "To");

        var numMedia = ReadNumMedia(form);
        var mediaUrls = new List<string>(numMedia);
        for (var i = 0; i < numMedia; i++)
        {
            mediaUrls.Add(Required(form, $"MediaUrl{i}"));
        }

        var body = Optional(form, "Body") ?? string.Empty;
        var optOut = Optional(form, "OptOutType");
        return new SmsInbound(accountSid, messageSid, from, to, body, numMedia, mediaUrls, optOut);
    }

    /// <summary>Reads a status callback; the status comes from <c>MessageStatus</c>.</summary>
    /// <exception cref="WebhookFormatException">
    /// <c>MessageSid</c>, <c>AccountSid</c> or the status is missing.
    /// </exception>
    public static SmsStatusUpdate ParseStatus(IReadOnlyDictionary<string, string> form)
    {
        ArgumentNullException.ThrowIfNull(form);

        var accountSid = Required(form, "AccountSid");
        var messageSid = Required(form, "MessageSid");
        var status = Optional(form, "MessageStatus")
            ?? Optional(form, "SmsStatus")
            ?? throw WebhookFormatException.BadField("MessageStatus");

        return new SmsStatusUpdate(accountSid, messageSid, status, Optional(form, "ErrorCode"));
    }

    private static int ReadNumMedia(IReadOnlyDictionary<string, string> form)
    {
        var text = Optional(form, "NumMedia");
        if (text is null)
        {
            return 0;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            && count <= MaxMedia
                ? count
                : throw WebhookFormatException.BadField("NumMedia");
    }

    private static string Required(IReadOnlyDictionary<string, string> form, string name) =>
        Optional(form, name) ?? throw WebhookFormatException.BadField(name);

    private static string? Optional(IReadOnlyDictionary<string, string> form, string name) =>
        form.TryGetValue(name, out var value) && !string.IsNullOrEmpty(value) ? value : null;
}
