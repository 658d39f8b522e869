using Ward.Triage.Matching;

namespace Ward.Triage.Rules;

/// <summary>
/// Turns active hits into emergency kinds. A strong phrase is enough on its own; the other
/// kinds need two cues together, because each cue alone is common in calm messages: a
/// swollen lip is an allergy only after a trigger, a fever is an emergency only in a baby
/// under three months, a bump on the head only with loss of consciousness.
/// </summary>
internal static class KindRules
{
    public static KindCollector Evaluate(Analysis analysis)
    {
        var found = new KindCollector();
        for (var i = 0; i < analysis.Hits.Count; i++)
        {
            var hit = analysis.Hits[i];
            if (analysis.Active[i] && hit.Signal <= Signal.Seizure)
            {
                found.Add((EmergencyKind)hit.Signal, hit);
            }
        }

        InfantFever(analysis, found);
        HeadAndConsciousness(analysis, found);
        Chest(analysis, found);
        Allergy(analysis, found);
        Combined(analysis, found);
        OverdoseRule.Apply(analysis, found);
        PoisoningRule.Apply(analysis, found);
        if (found.Has(EmergencyKind.SuicideSelfHarm))
        {
            // A deliberate poisoning is self-harm: the crisis handling carries it.
            found.Remove(EmergencyKind.Poisoning);
        }

        return found;
    }

    private static void InfantFever(Analysis analysis, KindCollector found)
    {
        var age = NumberReader.FindInfantAge(analysis) ?? analysis.First(Signal.Newborn);
        if (age is null)
        {
            return;
        }

        var feverWord = analysis.First(Signal.Fever);
        var temperature = NumberReader.FindFeverTemperature(analysis);
        if (feverWord is null && temperature is null)
        {
            return;
        }

        found.Add(EmergencyKind.InfantFever, age, feverWord);
        if (temperature is { } span)
        {
            found.AddSpan(EmergencyKind.InfantFever, span.Start, span.End);
        }
    }

    private static void HeadAndConsciousness(Analysis analysis, KindCollector found)
    {
        var head = analysis.First(Signal.HeadHit);
        var unresponsive = analysis.First(Signal.Unresponsive);
        var lost = analysis.First(Signal.Unconscious) ?? unresponsive
            ?? analysis.First(Signal.Altered);
        if (head is not null && lost is not null)
        {
            found.Add(EmergencyKind.HeadInjury, head, lost);
        }
        else if (unresponsive is not null)
        {
            // Someone who does not respond needs airway and breathing checked first.
            found.Add(EmergencyKind.Breathing, unresponsive);
        }
    }

    private static void Chest(Analysis analysis, KindCollector found)
    {
        var discomfort = analysis.First(Signal.ChestDiscomfort);
        if (discomfort is not null)
        {
            found.Add(EmergencyKind.ChestPain, discomfort);
        }

        var radiating = analysis.First(Signal.ArmJaw);
        var shock = analysis.First(Signal.ShockSign);
        if (radiating is not null && shock is not null && analysis.Mentions(Signal.ChestDiscomfort))
        {
            found.Add(EmergencyKind.ChestPain, radiating, shock);
        }
    }

    private static void Allergy(Analysis analysis, KindCollector found)
    {
        var swelling = analysis.First(Signal.Swelling);
        var hives = analysis.First(Signal.Hives);
        var throat = analysis.First(Signal.ThroatSign);
        var trigger = analysis.First(Signal.AllergyTrigger);
        var skin = swelling ?? hives;
        if (swelling is not null && (trigger ?? hives) is { } why)
        {
            found.Add(EmergencyKind.Anaphylaxis, swelling, Symptom(why));
        }
        else if (throat is not null && (skin ?? trigger) is { } with)
        {
            found.Add(EmergencyKind.Anaphylaxis, throat, Symptom(with));
        }
        else if (found.Has(EmergencyKind.Breathing) && skin is not null)
        {
            found.Add(EmergencyKind.Anaphylaxis, skin);
        }

        if (found.Has(EmergencyKind.Breathing) && trigger is not null && skin is not null)
        {
            found.Add(EmergencyKind.Anaphylaxis, skin);
        }
    }

    // Evidence points at symptoms: a trigger ("bee"), a severity word ("worst") or a
    // modifier ("a lot", "suddenly") supports a kind but is not shown as evidence by itself.
    private static Hit? Symptom(Hit hit) => hit.Signal is Signal.AllergyTrigger or Signal.Severe
        or Signal.Heavy or Signal.Sudden or Signal.Pregnant ? null : hit;

    private static void Combined(Analysis analysis, KindCollector found)
    {
        var belly = analysis.First(Signal.AbdominalPain);
        var grave = analysis.First(Signal.Severe) ?? analysis.First(Signal.ShockSign)
            ?? analysis.First(Signal.Pregnant);
        if (belly is not null && grave is not null)
        {
            found.Add(EmergencyKind.Abdominal, belly, Symptom(grave.Value));
        }

        var bleed = analysis.First(Signal.BleedWord);
        var heavy = analysis.First(Signal.Heavy);
        if (bleed is not null && heavy is not null && !analysis.Has(Signal.Mild))
        {
            found.Add(EmergencyKind.Bleeding, bleed);
        }

        var neuro = analysis.First(Signal.NeuroSign);
        var sudden = analysis.First(Signal.Sudden);
        var twoSigns = analysis.CountDistinct(Signal.NeuroSign) > 1;
        if (neuro is not null && (sudden is not null || twoSigns))
        {
            found.Add(EmergencyKind.Stroke, neuro);
        }
    }
}
