using Ward.Triage;

namespace Ward.Assistant.Tests.Support;

/// <summary>Builds assistant requests the way the host does: triage first.</summary>
internal static class Requests
{
    private static readonly Lazy<TriageEngine> Triage = new(() => new TriageEngine());

    public static AssistantRequest For(string text, string? thread = null, string practice = "en") =>
        new(text, Triage.Value.Decide(text, PatientRegion.US), thread, practice, DemoKnowledge.Today);

    public static TriageDecision Decide(string text) => Triage.Value.Decide(text, PatientRegion.US);
}
