using System.Text.Json;
using System.Text.Json.Serialization;

namespace Ward.Practices;

/// <summary>
/// Reads and checks a practice file. Every problem is reported with the path of the field it is
/// in; the value itself is never echoed, since it may be a secret.
/// </summary>
internal static class PracticeFileReader
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Parses and validates; returns the file or the list of problems.</summary>
    public static (PracticeFile? File, IReadOnlyList<string> Errors) Read(
        string text, TimeProvider time, PracticeFile? stored = null)
    {
        PracticeFile? file;
        try
        {
            file = JsonSerializer.Deserialize<PracticeFile>(text, Json);
        }
        catch (JsonException e)
        {
            return (null, [DescribeJsonError(e)]);
        }

        if (file is null)
        {
            return (null, ["the file holds no practice (expected a JSON object)"]);
        }

        var (restored, placeholders) = PracticeSecrets.Restore(file, stored);
        if (placeholders.Count > 0)
        {
            return (null, placeholders);
        }

        file = restored;
        var errors = PracticeFileValidator.Validate(file, time);
        return errors.Count == 0 ? (Normalise(file), errors) : (null, errors);
    }

    /// <summary>The practice id a file names, if it is JSON with a string "id".</summary>
    public static string? IdOf(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("id", out var id)
                && id.ValueKind == JsonValueKind.String ? id.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string DescribeJsonError(JsonException e)
    {
        var path = string.IsNullOrEmpty(e.Path) || e.Path == "$" ? "the file" : FieldName(e.Path);
        var what = e.Message.Contains("could not be mapped", StringComparison.Ordinal)
            ? "is not a known field"
            : "has the wrong type or is not valid JSON";
        return $"{path}: {what} (line {e.LineNumber + 1})";
    }

    private static string FieldName(string path) => path.TrimStart('$', '.');

    private static PracticeFile Normalise(PracticeFile file) => file with
    {
        Country = file.Country.ToUpperInvariant(),
        Agreements = file.Agreements ?? [],
    };
}
