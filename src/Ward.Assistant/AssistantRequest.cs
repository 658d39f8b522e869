using Ward.Triage;

namespace Ward.Assistant;

/// <summary>One non-emergency message for the assistant.</summary>
/// <param name="Text">What the patient wrote.</param>
/// <param name="Triage">The triage's decision on it (never an emergency).</param>
/// <param name="ThreadLanguage">The conversation's language so far, if any.</param>
/// <param name="PracticeLanguage">The practice's own language.</param>
/// <param name="Today">The practice's date, for entry expiry.</param>
public sealed record AssistantRequest(
    string Text, TriageDecision Triage, string? ThreadLanguage, string PracticeLanguage,
    DateOnly Today);
