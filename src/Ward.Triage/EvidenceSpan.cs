namespace Ward.Triage;

/// <summary>A piece of the original text that supports an emergency kind.</summary>
/// <param name="Kind">The kind the span supports.</param>
/// <param name="Start">Offset of the first character in the original text.</param>
/// <param name="Length">Number of characters in the original text.</param>
public sealed record EvidenceSpan(EmergencyKind Kind, int Start, int Length);
