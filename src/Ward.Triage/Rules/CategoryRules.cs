using Ward.Triage.Matching;

namespace Ward.Triage.Rules;

/// <summary>
/// Splits non-emergencies into clinical and routine. A clinical cue counts double, a symptom
/// word once (even when negated or in the past: "no fever anymore, can I stop?" still asks for
/// judgement), an administrative cue double. A tie with any cue goes to clinical, because a
/// clinician reading a routine message costs less than a routine answer to a clinical one.
/// </summary>
internal static class CategoryRules
{
    public static TriageCategory Classify(Analysis analysis)
    {
        var clinical = 0;
        var routine = 0;
        foreach (var hit in analysis.Hits)
        {
            if (hit.Signal == Signal.Clinical)
            {
                clinical += 2;
            }
            else if (hit.Signal == Signal.Routine)
            {
                routine += 2;
            }
            else if (IsSymptom(hit.Signal))
            {
                clinical++;
            }
        }

        if (clinical == routine)
        {
            return clinical == 0 ? TriageCategory.Routine : TriageCategory.Clinical;
        }

        return clinical > routine ? TriageCategory.Clinical : TriageCategory.Routine;
    }

    private static bool IsSymptom(Signal signal) => signal <= Signal.Seizure || signal
        is Signal.Fever or Signal.ChestDiscomfort or Signal.AbdominalPain or Signal.BleedWord
        or Signal.Swelling or Signal.Hives or Signal.ThroatSign or Signal.NeuroSign
        or Signal.HeadHit or Signal.Unconscious or Signal.Altered or Signal.Unresponsive
        or Signal.ShockSign or Signal.Pregnant or Signal.Overdose;
}
