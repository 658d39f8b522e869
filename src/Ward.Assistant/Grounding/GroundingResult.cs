namespace Ward.Assistant.Grounding;

/// <summary>The verdict on one answer: grounded, or the facts no cited entry supports.</summary>
public sealed record GroundingResult(IReadOnlyList<Fact> Unsupported)
{
    public bool Grounded => Unsupported.Count == 0;
}
