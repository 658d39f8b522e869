using System.Text.Json.Serialization;

namespace Ward.Assistant.Evaluation;

/// <summary>One line of a labelled assistant set (JSON Lines).</summary>
public sealed record LabelledQuestion
{
    [JsonPropertyName("id")]
    public string Id { get; init; } = string.Empty;

    /// <summary>The language the message is written in, ISO 639-1.</summary>
    [JsonPropertyName("lang")]
    public string Language { get; init; } = string.Empty;

    [JsonPropertyName("text")]
    public string Text { get; init; } = string.Empty;

    /// <summary>Expected intent, as <see cref="Understanding.IntentNames"/> writes it.</summary>
    [JsonPropertyName("intent")]
    public string Intent { get; init; } = string.Empty;

    /// <summary>The entry the answer must cite, or null when none should be.</summary>
    [JsonPropertyName("entry")]
    public string? Entry { get; init; }

    [JsonPropertyName("clinical")]
    public bool Clinical { get; init; }

    /// <summary>The thread's language before this message, if any.</summary>
    [JsonPropertyName("thread")]
    public string? Thread { get; init; }
}
