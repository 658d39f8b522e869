using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Ward.Channels;

/// <summary>Lenient reads of provider response bodies, which may be empty or not JSON.</summary>
internal static class ProviderJson
{
    public static JsonObject? TryParseObject(byte[] content)
    {
        try
        {
            return JsonNode.Parse(content) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public static string? ReadString(JsonObject? parent, string name) =>
        parent?[name] is JsonValue value
            && value.TryGetValue<string>(out var text)
            && text.Length > 0
                ? text
                : null;

    /// <summary>
    /// Reads a numeric error code. Only digits are kept, so a provider's free text can never
    /// travel into an exception message or a log line through this value.
    /// </summary>
    public static string? ReadCode(JsonObject? parent, string name)
    {
        if (parent?[name] is not JsonValue value)
        {
            return null;
        }

        if (value.TryGetValue<long>(out var number))
        {
            return number.ToString(CultureInfo.InvariantCulture);
        }

        return value.TryGetValue<string>(out var text)
            && text.Length is > 0 and <= 12
            && text.All(char.IsAsciiDigit)
                ? text
                : null;
    }
}
