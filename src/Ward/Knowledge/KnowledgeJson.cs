using System.Text.Json;
using System.Text.Json.Serialization;
using Ward.Assistant.Knowledge;

namespace Ward.Knowledge;

/// <summary>How a knowledge-base entry is stored in its row: JSON, kinds by name.</summary>
internal static class KnowledgeJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    public static string Write(KnowledgeEntry entry) => JsonSerializer.Serialize(entry, Options);

    public static KnowledgeEntry Read(string json) =>
        JsonSerializer.Deserialize<KnowledgeEntry>(json, Options)
        ?? throw new InvalidOperationException("A stored knowledge entry is empty.");
}
