using System.Text.Json;

namespace Ward.Channels.WhatsApp;

/// <summary>
/// Reads a WhatsApp Cloud API webhook body (<c>object = whatsapp_business_account</c>). Verify
/// the signature with <see cref="WhatsAppSignature"/> before calling it.
/// </summary>
public static class WhatsAppWebhookParser
{
    private const string ExpectedObject = "whatsapp_business_account";
    private const string MessagesField = "messages";

    /// <summary>
    /// Collects the inbound messages and status updates of every entry and change. Changes of
    /// other fields (such as <c>message_template_status_update</c>) are skipped.
    /// </summary>
    /// <exception cref="WebhookFormatException">
    /// The body is not JSON or lacks a required member; the message names the member.
    /// </exception>
    public static WhatsAppNotification Parse(ReadOnlySpan<byte> rawBody)
    {
        try
        {
            return ParseValid(rawBody);
        }
        catch (InvalidOperationException)
        {
            // A string whose bytes are not valid UTF-8 is a malformed payload, not a fault.
            throw WebhookFormatException.BadField("text (not valid UTF-8)");
        }
    }

    private static WhatsAppNotification ParseValid(ReadOnlySpan<byte> rawBody)
    {
        using var document = ParseDocument(rawBody);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw WebhookFormatException.BadField("$");
        }

        if (WhatsAppJson.OptionalString(root, "object", string.Empty) != ExpectedObject)
        {
            throw WebhookFormatException.BadField("object");
        }

        var messages = new List<WhatsAppInbound>();
        var statuses = new List<WhatsAppStatusUpdate>();
        var entryIndex = 0;
        foreach (var entry in WhatsAppJson.RequiredArray(root, "entry", string.Empty))
        {
            var entryPath = $"entry[{entryIndex++}]";
            var changeIndex = 0;
            foreach (var change in WhatsAppJson.RequiredArray(entry, "changes", entryPath))
            {
                var changePath = $"{entryPath}.changes[{changeIndex++}]";
                ReadChange(change, changePath, messages, statuses);
            }
        }

        return new WhatsAppNotification(messages, statuses);
    }

    private static void ReadChange(
        JsonElement change,
        string path,
        List<WhatsAppInbound> messages,
        List<WhatsAppStatusUpdate> statuses)
    {
        if (WhatsAppJson.OptionalString(change, "field", path) != MessagesField)
        {
            return;
        }

        var value = WhatsAppJson.RequiredObject(change, "value", path);
        var valuePath = path + ".value";
        var metadata = WhatsAppJson.RequiredObject(value, "metadata", valuePath);
        var phoneNumberId =
            WhatsAppJson.RequiredString(metadata, "phone_number_id", valuePath + ".metadata");
        var contacts = ReadContacts(value, valuePath);

        var index = 0;
        foreach (var message in WhatsAppJson.OptionalArray(value, "messages", valuePath))
        {
            var messagePath = $"{valuePath}.messages[{index++}]";
            messages.Add(
                WhatsAppMessageReader.ReadInbound(message, phoneNumberId, contacts, messagePath));
        }

        index = 0;
        foreach (var status in WhatsAppJson.OptionalArray(value, "statuses", valuePath))
        {
            var statusPath = $"{valuePath}.statuses[{index++}]";
            statuses.Add(WhatsAppMessageReader.ReadStatus(status, phoneNumberId, statusPath));
        }
    }

    private static List<WhatsAppContact> ReadContacts(JsonElement value, string path)
    {
        var contacts = new List<WhatsAppContact>();
        var index = 0;
        foreach (var contact in WhatsAppJson.OptionalArray(value, "contacts", path))
        {
            var contactPath = $"{path}.contacts[{index++}]";
            var waId = WhatsAppJson.RequiredString(contact, "wa_id", contactPath);
            var profile = WhatsAppJson.OptionalObject(contact, "profile", contactPath);
            var name = profile is { } p
                ? WhatsAppJson.OptionalString(p, "name", contactPath + ".profile")
                : null;
            contacts.Add(new WhatsAppContact(waId, name));
        }

        return contacts;
    }

    private static JsonDocument ParseDocument(ReadOnlySpan<byte> rawBody)
    {
        var reader = new Utf8JsonReader(rawBody);
        try
        {
            var document = JsonDocument.ParseValue(ref reader);
            if (reader.Read())
            {
                document.Dispose();
                throw new WebhookFormatException(
                    "The webhook body has content after the JSON value.");
            }

            return document;
        }
        catch (JsonException ex)
        {
            // The parser's own message may quote body bytes, so only the position is kept.
            throw new WebhookFormatException(
                $"The webhook body is not valid JSON (line {ex.LineNumber}, "
                + $"byte {ex.BytePositionInLine}).");
        }
    }
}
