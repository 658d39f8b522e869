namespace Ward.Storage.Entities;

/// <summary>A signed statement that a practice's chain reached <see cref="Sequence"/> with
/// <see cref="Hash"/>. Events up to a checkpoint may be purged once retention allows; the chain
/// then verifies from the checkpoint on.</summary>
public sealed class AuditCheckpointRow
{
    public required string PracticeId { get; set; }

    public long Sequence { get; set; }

    public required string Hash { get; set; }

    public long OccurredAtMs { get; set; }

    public long CreatedAtMs { get; set; }

    public required string KeyId { get; set; }

    public required string Signature { get; set; }
}
