using System.Text.Json;

namespace Ward.Channels.WhatsApp;

/// <summary>Reads one <c>messages[]</c> or <c>statuses[]</c> item of a WhatsApp webhook.</summary>
internal static class WhatsAppMessageReader
{
    private static readonly HashSet<string> MediaTypes =
        new(StringComparer.Ordinal) { "image", "audio", "video", "document", "sticker" };

    public static WhatsAppInbound ReadInbound(
        JsonElement message,
        string phoneNumberId,
        IReadOnlyList<WhatsAppContact> contacts,
        string path)
    {
        var from = WhatsAppJson.RequiredString(message, "from", path);
        var id = WhatsAppJson.RequiredString(message, "id", path);
        var sentAt = WhatsAppJson.RequiredUnixTime(message, "timestamp", path);
        var type = WhatsAppJson.RequiredString(message, "type", path);

        var (text, mediaId, mimeType) = ReadContent(message, type, path);
        var context = WhatsAppJson.OptionalObject(message, "context", path);
        var replyTo = context is { } c
            ? WhatsAppJson.OptionalString(c, "id", path + ".context")
            : null;
        var contact = MatchContact(contacts, from);

        return new WhatsAppInbound(
            phoneNumberId, contact?.WaId ?? from, contact?.ProfileName, id, sentAt, type,
            text, mediaId, mimeType, replyTo)
        {
            From = from,
        };
    }

    public static WhatsAppStatusUpdate ReadStatus(
        JsonElement status, string phoneNumberId, string path)
    {
        var id = WhatsAppJson.RequiredString(status, "id", path);
        var state = WhatsAppJson.RequiredString(status, "status", path);
        var at = WhatsAppJson.RequiredUnixTime(status, "timestamp", path);
        var recipient = WhatsAppJson.OptionalString(status, "recipient_id", path);

        int? errorCode = null;
        foreach (var error in WhatsAppJson.OptionalArray(status, "errors", path))
        {
            // Branch on the first code only; titles and messages are for humans.
            errorCode = WhatsAppJson.OptionalInt32(error, "code", path + ".errors[0]");
            break;
        }

        return new WhatsAppStatusUpdate(phoneNumberId, id, state, at, recipient, errorCode);
    }

    private static (string? Text, string? MediaId, string? MimeType) ReadContent(
        JsonElement message, string type, string path)
    {
        if (MediaTypes.Contains(type))
        {
            var media = WhatsAppJson.RequiredObject(message, type, path);
            var mediaPath = WhatsAppJson.Join(path, type);
            return (
                WhatsAppJson.OptionalString(media, "caption", mediaPath),
                WhatsAppJson.RequiredString(media, "id", mediaPath),
                WhatsAppJson.OptionalString(media, "mime_type", mediaPath));
        }

        var text = type switch
        {
            "text" => ReadNested(message, path, "text", "body"),
            "interactive" => ReadInteractiveTitle(message, path),
            "button" => ReadNested(message, path, "button", "text"),
            _ => null,
        };
        return (text, null, null);
    }

    private static string? ReadInteractiveTitle(JsonElement message, string path)
    {
        var interactive = WhatsAppJson.RequiredObject(message, "interactive", path);
        var kind = WhatsAppJson.OptionalString(interactive, "type", path + ".interactive");
        return kind is "button_reply" or "list_reply"
            ? ReadNested(interactive, path + ".interactive", kind, "title")
            : null;
    }

    private static string? ReadNested(JsonElement parent, string path, string member, string leaf)
    {
        var inner = WhatsAppJson.RequiredObject(parent, member, path);
        return WhatsAppJson.OptionalString(inner, leaf, WhatsAppJson.Join(path, member));
    }

    private static WhatsAppContact? MatchContact(
        IReadOnlyList<WhatsAppContact> contacts, string from)
    {
        foreach (var contact in contacts)
        {
            if (contact.WaId == from)
            {
                return contact;
            }
        }

        // wa_id may differ from the sending number; with a single contact it is still the sender.
        return contacts.Count == 1 ? contacts[0] : null;
    }
}
