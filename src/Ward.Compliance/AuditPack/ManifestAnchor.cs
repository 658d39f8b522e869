namespace Ward.Compliance.AuditPack;

/// <summary>Where the pack's events attach to the practice's chain: the sequence and hash of
/// the event just before the range, or sequence 0 and the genesis hash.</summary>
internal sealed record ManifestAnchor(string PracticeId, long Sequence, string Hash);
