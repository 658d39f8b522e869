using Ward.Triage.Matching;

namespace Ward.Triage.Rules;

/// <summary>
/// Overdoses. Taking pills with a quantity inside the phrase ("took 40 of my sleeping pills",
/// "the whole bottle", "all my pills") reads as intent and is suicidal language, unless the
/// message says it was an accident ("by mistake", "double dose"). An overdose named without
/// a quantity or intent ("I think I overdosed on my insulin") and an accidental one are still
/// emergencies of the poisoning kind, with no suicidal wording: safety wins, but the reply
/// does not presume intent. Every overdose so carries a kind.
/// </summary>
internal static class OverdoseRule
{
    /// <summary>The smallest count of pills that reads as an overdose by itself.</summary>
    private const int ManyPills = 10;

    public static void Apply(Analysis analysis, KindCollector found)
    {
        var pills = FirstWithQuantity(analysis);
        var accidental = analysis.Has(Signal.Accidental);
        if (pills is { } taken && !accidental)
        {
            found.Add(EmergencyKind.SuicideSelfHarm, taken);
        }
        else if ((pills ?? analysis.First(Signal.Overdose)) is { } overdose
            && !found.Has(EmergencyKind.SuicideSelfHarm))
        {
            found.Add(EmergencyKind.Poisoning, overdose);
        }
    }

    private static Hit? FirstWithQuantity(Analysis analysis)
    {
        for (var i = 0; i < analysis.Hits.Count; i++)
        {
            var hit = analysis.Hits[i];
            if (analysis.Active[i] && hit.Signal == Signal.PillsTaken && HasQuantity(analysis, hit))
            {
                return hit;
            }
        }

        return null;
    }

    private static bool HasQuantity(Analysis analysis, Hit pills)
    {
        foreach (var hit in analysis.Hits)
        {
            if (hit.Signal == Signal.Quantity && hit.FirstToken >= pills.FirstToken
                && hit.LastToken <= pills.LastToken)
            {
                return true;
            }
        }

        var text = analysis.Text;
        for (var t = pills.FirstToken; t <= pills.LastToken; t++)
        {
            var isCount = int.TryParse(text.TokenText(t), out var count) && count >= ManyPills;
            var isDose = t + 1 < text.Tokens.Length && Units.Contains(text.TokenText(t + 1));
            if (isCount && !isDose)
            {
                return true;
            }
        }

        return false;
    }

    // "took 20 mg tablets" is a dose, not a count of pills.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Units =
        new HashSet<string>(StringComparer.Ordinal)
        {
            "mg", "mcg", "ml", "g", "ug", "iu", "unit", "units", "мг", "мл", "unidades",
        }.GetAlternateLookup<ReadOnlySpan<char>>();
}
