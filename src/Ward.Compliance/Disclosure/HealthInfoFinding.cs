namespace Ward.Compliance.Disclosure;

/// <summary>What <see cref="HealthInfoDetector"/> found; it holds nothing of the text itself.
/// </summary>
/// <param name="Kinds">The categories found, <see cref="HealthInfoKind.None"/> for none.</param>
public sealed record HealthInfoFinding(HealthInfoKind Kinds)
{
    /// <summary>A finding of no health information.</summary>
    public static HealthInfoFinding Nothing { get; } = new(HealthInfoKind.None);

    /// <summary>True when any health information was found.</summary>
    public bool Found => Kinds != HealthInfoKind.None;
}
