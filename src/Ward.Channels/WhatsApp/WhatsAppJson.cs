using System.Globalization;
using System.Text.Json;

namespace Ward.Channels.WhatsApp;

/// <summary>
/// Typed reads of webhook JSON members. A missing or wrongly typed required member throws a
/// <see cref="WebhookFormatException"/> naming its path; values never reach the message.
/// </summary>
internal static class WhatsAppJson
{
    // Largest Unix time DateTimeOffset can hold (9999-12-31T23:59:59Z).
    private const long MaxUnixSeconds = 253_402_300_799;

    public static IEnumerable<JsonElement> RequiredArray(
        JsonElement parent, string name, string path) =>
        Optional(parent, name, JsonValueKind.Array, path) is { } value
            ? value.EnumerateArray()
            : throw WebhookFormatException.BadField(Join(path, name));

    public static IEnumerable<JsonElement> OptionalArray(
        JsonElement parent, string name, string path) =>
        Optional(parent, name, JsonValueKind.Array, path) is { } value
            ? value.EnumerateArray()
            : [];

    public static JsonElement RequiredObject(JsonElement parent, string name, string path) =>
        OptionalObject(parent, name, path)
            ?? throw WebhookFormatException.BadField(Join(path, name));

    public static JsonElement? OptionalObject(JsonElement parent, string name, string path) =>
        Optional(parent, name, JsonValueKind.Object, path);

    public static string RequiredString(JsonElement parent, string name, string path)
    {
        var value = OptionalString(parent, name, path);
        return string.IsNullOrEmpty(value)
            ? throw WebhookFormatException.BadField(Join(path, name))
            : value;
    }

    public static string? OptionalString(JsonElement parent, string name, string path) =>
        Optional(parent, name, JsonValueKind.String, path)?.GetString();

    public static int? OptionalInt32(JsonElement parent, string name, string path)
    {
        var value = Optional(parent, name, JsonValueKind.Number, path);
        if (value is null)
        {
            return null;
        }

        return value.Value.TryGetInt32(out var number)
            ? number
            : throw WebhookFormatException.BadField(Join(path, name));
    }

    /// <summary>Reads a Unix time in seconds, which Meta sends as a string of digits.</summary>
    public static DateTimeOffset RequiredUnixTime(JsonElement parent, string name, string path)
    {
        var text = RequiredString(parent, name, path);
        if (!long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            || seconds > MaxUnixSeconds)
        {
            throw WebhookFormatException.BadField(Join(path, name));
        }

        return DateTimeOffset.FromUnixTimeSeconds(seconds);
    }

    public static string Join(string path, string name) =>
        path.Length == 0 ? name : path + "." + name;

    private static JsonElement? Optional(
        JsonElement parent, string name, JsonValueKind kind, string path)
    {
        if (parent.ValueKind != JsonValueKind.Object)
        {
            throw WebhookFormatException.BadField(path.Length == 0 ? "$" : path);
        }

        if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == kind
            ? value
            : throw WebhookFormatException.BadField(Join(path, name));
    }
}
