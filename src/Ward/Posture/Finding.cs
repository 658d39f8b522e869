namespace Ward.Posture;

/// <summary>One thing between the practice and a defensible posture: how serious, what, and
/// what to do.</summary>
internal sealed record Finding(FindingLevel Level, string Area, string What, string Fix);

/// <summary>How serious a finding is: <see cref="Gap"/> must be fixed; <see cref="Advice"/>
/// should be.</summary>
internal enum FindingLevel
{
    Advice,
    Gap,
}
