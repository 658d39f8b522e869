using System.Globalization;
using System.Text.Json.Nodes;
using Ward.Assistant.Knowledge;

namespace Ward.Knowledge;

/// <summary>
/// One entry written back in the knowledge-base file format (the format <c>ward kb import</c>
/// reads), so that an edit in the staff app is judged by the same reader as a file.
/// </summary>
internal static class KnowledgeFile
{
    public static JsonObject ToFile(KnowledgeEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var file = new JsonObject
        {
            ["id"] = entry.Id, ["kind"] = entry.Kind.ToWire(), ["owner"] = entry.Owner,
            ["version"] = entry.Version, ["language"] = entry.Language,
            ["title"] = entry.Text.Title, ["answer"] = entry.Text.Answer,
            ["keywords"] = Strings(entry.Text.Keywords),
        };
        if (entry.ExpiresOn is { } expires)
        {
            file["expires"] = Date(expires);
        }

        if (entry.Translations.Count > 0)
        {
            file["translations"] = Translations(entry.Translations);
        }

        AddStructured(file, entry);
        return file;
    }

    /// <summary>The translations as the file writes them:
    /// <c>{ "bg": { "title": ... } }</c>.</summary>
    public static JsonObject Translations(IReadOnlyDictionary<string, EntryText> translations)
    {
        ArgumentNullException.ThrowIfNull(translations);
        var all = new JsonObject();
        foreach (var (code, words) in translations)
        {
            all[code] = new JsonObject
            {
                ["title"] = words.Title, ["answer"] = words.Answer,
                ["keywords"] = Strings(words.Keywords),
            };
        }

        return all;
    }

    public static string Date(DateOnly date) =>
        date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static JsonArray Strings(IEnumerable<string> values) =>
        [.. values.Select(v => (JsonNode?)JsonValue.Create(v))];

    private static void AddStructured(JsonObject file, KnowledgeEntry entry)
    {
        Set(file, "clinician", entry.Clinician);
        Set(file, "location", entry.Location);
        Set(file, "currency", entry.Currency);
        Set(file, "link", entry.Link?.ToString());
        if (entry.Amount is { } amount)
        {
            file["amount"] = amount;
        }

        if (entry.Carriers.Count > 0)
        {
            file["carriers"] = Strings(entry.Carriers);
        }

        if (entry.Hours.Count > 0)
        {
            file["hours"] = new JsonArray([.. entry.Hours.Select(h => (JsonNode?)new JsonObject
            {
                ["days"] = h.Days,
                ["opens"] = h.Opens.ToString("HH:mm", CultureInfo.InvariantCulture),
                ["closes"] = h.Closes.ToString("HH:mm", CultureInfo.InvariantCulture),
            })]);
        }
    }

    private static void Set(JsonObject file, string name, string? value)
    {
        if (value is not null)
        {
            file[name] = value;
        }
    }
}
