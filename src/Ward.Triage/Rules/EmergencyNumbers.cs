using System.Collections.ObjectModel;

namespace Ward.Triage.Rules;

/// <summary>
/// The numbers for a region: 911 in the US (with 988, the Suicide and Crisis Lifeline, for
/// suicidal or self-harm language), 112 in Europe, and both 911 and 112 when the region is
/// unknown, with a question in the reply. Poison Control is added by the reply, not here.
/// </summary>
internal static class EmergencyNumbers
{
    /// <summary>
    /// The US Poison Help line. It goes in the reply as a second line after 911 for a
    /// poisoning in the US; it is never one of the numbers to call first, so it is not in
    /// <see cref="TriageDecision.Numbers"/>.
    /// </summary>
    public const string UsPoisonControl = "1-800-222-1222";

    // Read-only wrappers: the same instances are handed to every caller.
    private static readonly ReadOnlyCollection<string> Us = new(["911"]);
    private static readonly ReadOnlyCollection<string> UsCrisis = new(["911", "988"]);
    private static readonly ReadOnlyCollection<string> Eu = new(["112"]);
    private static readonly ReadOnlyCollection<string> Both = new(["911", "112"]);

    public static IReadOnlyList<string> For(
        PatientRegion region, IReadOnlyList<EmergencyKind> kinds)
        => region switch
        {
            PatientRegion.US => kinds.Contains(EmergencyKind.SuicideSelfHarm) ? UsCrisis : Us,
            PatientRegion.EU => Eu,
            _ => Both,
        };
}
