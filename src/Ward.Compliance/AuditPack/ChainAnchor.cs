namespace Ward.Compliance.AuditPack;

/// <summary>A position in a practice's audit chain: an event's sequence and hash. Sequence 0
/// with <see cref="Ward.Security.Audit.AuditChain.GenesisHash"/> is the start of the
/// chain.</summary>
public sealed record ChainAnchor(long Sequence, string Hash);
