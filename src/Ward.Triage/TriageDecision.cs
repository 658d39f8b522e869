namespace Ward.Triage;

/// <summary>The result of triaging one message.</summary>
/// <param name="Category">Emergency, clinical or routine.</param>
/// <param name="Kinds">Distinct emergency kinds, in <see cref="EmergencyKind"/> order.</param>
/// <param name="Numbers">Numbers to show, empty unless the category is emergency.</param>
/// <param name="Evidence">Spans of the original text that support each kind.</param>
/// <param name="Language">ISO 639-1 code of the detected language, or "und".</param>
/// <param name="Region">
/// The region the numbers were chosen for, after any place named in the text.
/// </param>
/// <param name="AskLocation">True when 911 and 112 are both shown with a question.</param>
public sealed record TriageDecision(
    TriageCategory Category,
    IReadOnlyList<EmergencyKind> Kinds,
    IReadOnlyList<string> Numbers,
    IReadOnlyList<EvidenceSpan> Evidence,
    string Language,
    PatientRegion Region,
    bool AskLocation);
