using Ward.Triage.Matching;

namespace Ward.Triage.Rules;

/// <summary>
/// Cancels alarming hits that the text itself takes back: a negation just before it in the
/// same clause ("no chest pain"), a cancelling word just after it in the same sentence ("chest
/// pain is gone"), a past episode in the same clause ("heart attack in 2019"), a general or
/// hypothetical question earlier in the same sentence ("what are the signs of a stroke?"; a
/// question after the symptom, "he can't breathe, what do I do", cancels nothing) or an idiom
/// that covers it ("this form is killing me"; idioms only cancel suicidal language, so "my
/// chest is killing me" stays an emergency). The windows are short on purpose: when the
/// link between a cue and a symptom is uncertain the symptom stays, because safety wins.
/// </summary>
internal static class ContextFilter
{
    private const int NegationWindow = 3;
    private const int PostNegationWindow = 4;

    public static void Apply(Analysis analysis)
    {
        var hits = analysis.Hits;
        var modifiers = hits.FindAll(h => h.Signal is Signal.Idiom or Signal.Negation
            or Signal.PostNegation or Signal.History or Signal.Hypothetical);
        if (modifiers.Count == 0)
        {
            return;
        }

        for (var i = 0; i < hits.Count; i++)
        {
            if (IsAlarm(hits[i].Signal))
            {
                analysis.Active[i] = !IsCancelled(analysis, modifiers, hits[i]);
            }
        }
    }

    /// <summary>Signals that can raise or support an emergency and can be taken back.</summary>
    public static bool IsAlarm(Signal signal) => signal <= Signal.Pregnant
        && signal is not (Signal.AgeDay or Signal.AgeWeek or Signal.AgeMonth or Signal.Duration);

    private static bool IsCancelled(Analysis analysis, List<Hit> modifiers, Hit hit)
    {
        var tokens = analysis.Text.Tokens;
        var clause = tokens[hit.FirstToken].Clause;
        var sentence = tokens[hit.FirstToken].Sentence;
        foreach (var other in modifiers)
        {
            var cancels = other.Signal switch
            {
                Signal.Idiom => hit.Signal == Signal.SuicideSelfHarm
                    && other.FirstToken <= hit.LastToken && other.LastToken >= hit.FirstToken,
                Signal.Negation => other.LastToken < hit.FirstToken
                    && hit.FirstToken - other.LastToken <= NegationWindow
                    && tokens[other.LastToken].Clause == clause,
                Signal.PostNegation => other.FirstToken > hit.LastToken
                    && other.FirstToken - hit.LastToken <= PostNegationWindow
                    && tokens[other.FirstToken].Sentence == sentence,
                Signal.History => tokens[other.FirstToken].Clause == clause,
                Signal.Hypothetical => other.LastToken < hit.FirstToken
                    && tokens[other.FirstToken].Sentence == sentence,
                _ => false,
            };
            if (cancels)
            {
                return true;
            }
        }

        return false;
    }
}
