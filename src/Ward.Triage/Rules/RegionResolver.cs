using Ward.Triage.Matching;

namespace Ward.Triage.Rules;

/// <summary>
/// Finds where the patient says they are now: a known place preceded closely by a presence
/// cue ("visiting family in Plovdiv", "estoy en Texas"). A bare place name is not enough:
/// "my sister in Madrid" is rare next to "I moved from Texas", and a wrong number costs more
/// than the account's default. The last such place in the message wins.
/// </summary>
internal static class RegionResolver
{
    private const int Window = 3;

    public static PatientRegion? FromText(Analysis analysis)
    {
        PatientRegion? region = null;
        var tokens = analysis.Text.Tokens;
        foreach (var place in analysis.Hits)
        {
            if (place.Signal is not (Signal.PlaceUS or Signal.PlaceEU))
            {
                continue;
            }

            var present = analysis.Hits.Exists(p => p.Signal == Signal.Presence
                && p.LastToken < place.FirstToken
                && place.FirstToken - p.LastToken <= Window
                && tokens[p.LastToken].Sentence == tokens[place.FirstToken].Sentence);
            if (present)
            {
                region = place.Signal == Signal.PlaceUS ? PatientRegion.US : PatientRegion.EU;
            }
        }

        return region;
    }
}
