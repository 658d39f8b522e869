namespace Ward.Assistant.Grounding;

/// <summary>A checkable fact in an answer: a number (prices, times, counts), a link or
/// address, or a proper name.</summary>
/// <param name="Kind">"number", "link" or "name".</param>
/// <param name="Value">The folded value, compared with the sources. Never logged.</param>
public sealed record Fact(string Kind, string Value);
