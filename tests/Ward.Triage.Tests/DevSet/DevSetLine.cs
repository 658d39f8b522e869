using System.Text.Json.Serialization;

namespace Ward.Triage.Tests.DevSet;

/// <summary>One labelled line of the shared development set.</summary>
public sealed record DevSetLine(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("lang")] string Lang,
    [property: JsonPropertyName("region")] string Region,
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("expect")] string Expect,
    [property: JsonPropertyName("kinds")] IReadOnlyList<string> Kinds,
    [property: JsonPropertyName("numbers")] IReadOnlyList<string> Numbers);
