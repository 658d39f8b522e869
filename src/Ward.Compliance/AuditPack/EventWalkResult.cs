namespace Ward.Compliance.AuditPack;

/// <summary>What walking the event file found: how many events and which sequences, the
/// last hash, whether the chain held to the end, and the problems in the order they are
/// reported (chain, then range and practice, then the FHIR file).</summary>
internal sealed record EventWalkResult(
    long Count,
    long? First,
    long? Last,
    string? LastHash,
    bool ChainIntact,
    IReadOnlyList<string> Problems)
{
    public static readonly EventWalkResult None = new(0, null, null, null, false, []);
}
