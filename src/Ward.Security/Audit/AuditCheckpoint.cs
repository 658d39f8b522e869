namespace Ward.Security.Audit;

/// <summary>
/// A signed statement that a practice's chain reached <see cref="Sequence"/> with
/// <see cref="Hash"/>, the hash of the event that occurred at <see cref="OccurredAtMs"/>. Once it
/// exists, the events up to it may be purged (retention) and the chain still verifies from it
/// on. <see cref="Signature"/> is Base64 of an IEEE P1363 ECDSA P-256 signature by the key
/// named <see cref="KeyId"/>; see <see cref="AuditCheckpointSigner"/>.
/// </summary>
public sealed record AuditCheckpoint(
    string PracticeId,
    long Sequence,
    string Hash,
    long OccurredAtMs,
    long CreatedAtMs,
    string KeyId,
    string Signature);
