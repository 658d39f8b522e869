using Ward.Triage.Matching;

namespace Ward.Triage.Rules;

/// <summary>
/// Poisonings told in two cues: a swallowing word and a toxin close by in the same clause
/// ("my toddler drank bleach", "swallowed a button battery"), or a swallowing word and pills
/// when the sentence names a child ("my son swallowed some of my pills"). A toxin alone ("is
/// bleach safe to clean with?") and an adult taking their own pills are not poisonings. When
/// the same message is suicidal, the self-harm kind carries it and poisoning is not added.
/// </summary>
internal static class PoisoningRule
{
    /// <summary>Words allowed between the swallowing word and the toxin, either order.</summary>
    private const int Window = 4;

    public static void Apply(Analysis analysis, KindCollector found)
    {
        if (found.Has(EmergencyKind.SuicideSelfHarm))
        {
            return;
        }

        for (var i = 0; i < analysis.Hits.Count; i++)
        {
            var swallowed = analysis.Hits[i];
            if (!analysis.Active[i] || swallowed.Signal != Signal.Ingested)
            {
                continue;
            }

            var what = Near(analysis, swallowed, Signal.Toxin)
                ?? (InSentence(analysis, swallowed, Signal.Child)
                    ? Near(analysis, swallowed, Signal.Medicine) : null);
            if (what is { } toxin)
            {
                found.Add(EmergencyKind.Poisoning, swallowed, toxin);
                return;
            }
        }
    }

    // Close by in the same clause, with no "and" or "but" between: "I ate lunch and my phone
    // battery died" is not a poisoning.
    private static Hit? Near(Analysis analysis, Hit anchor, Signal signal)
    {
        var clause = analysis.Text.Tokens[anchor.FirstToken].Clause;
        for (var i = 0; i < analysis.Hits.Count; i++)
        {
            var hit = analysis.Hits[i];
            var gap = Math.Max(hit.FirstToken - anchor.LastToken,
                anchor.FirstToken - hit.LastToken);
            // The swallowing word carries negation and past ("did not swallow"); the toxin is
            // only taken back by an idiom ("poison ivy"), since a negation word of one
            // language is often a particle of another (Hindi "bete ne").
            if (hit.Signal == signal && gap <= Window + 1 && !IsIdiom(analysis, hit)
                && analysis.Text.Tokens[hit.FirstToken].Clause == clause
                && !ContextFilter.HasConjunction(analysis,
                    Math.Min(anchor.LastToken, hit.LastToken) + 1,
                    Math.Max(anchor.FirstToken, hit.FirstToken)))
            {
                return hit;
            }
        }

        return null;
    }

    private static bool IsIdiom(Analysis analysis, Hit hit) => analysis.Hits.Exists(
        h => h.Signal == Signal.Idiom && h.FirstToken <= hit.LastToken
            && h.LastToken >= hit.FirstToken);

    private static bool InSentence(Analysis analysis, Hit anchor, Signal signal)
    {
        var sentence = analysis.Text.Tokens[anchor.FirstToken].Sentence;
        for (var i = 0; i < analysis.Hits.Count; i++)
        {
            var hit = analysis.Hits[i];
            if (analysis.Active[i] && hit.Signal == signal
                && analysis.Text.Tokens[hit.FirstToken].Sentence == sentence)
            {
                return true;
            }
        }

        return false;
    }
}
