using Ward.Compliance.Disclosure.Terms;

namespace Ward.Compliance.Disclosure;

/// <summary>
/// Finds health information in an outbound text, so that a channel without PHI clearance
/// gets a portal link instead (45 CFR 164.502(b), minimum necessary). It knows English,
/// Spanish, Bulgarian, German and French terms and leans towards finding: a false alarm costs
/// the patient one click, a miss discloses PHI.
/// </summary>
public static class HealthInfoDetector
{
    /// <summary>The categories of health information in <paramref name="text"/>.</summary>
    public static HealthInfoFinding Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        var folded = TextFolder.Fold(text);
        var kinds = HealthTerms.Matcher.Match(TextFolder.Words(folded));
        if (ClinicalUnits.Contains(folded))
        {
            kinds |= HealthInfoKind.Result;
        }

        return kinds == HealthInfoKind.None ? HealthInfoFinding.Nothing : new(kinds);
    }
}
