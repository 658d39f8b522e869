namespace Ward.Storage.Entities;

/// <summary>A stored audit event; see <c>Ward.Security.Audit.AuditEntry</c> for the
/// meaning.</summary>
public sealed class AuditEventRow
{
    public required string PracticeId { get; set; }

    public long Sequence { get; set; }

    public long OccurredAtMs { get; set; }

    public required string ActorType { get; set; }

    public required string ActorId { get; set; }

    public required string Action { get; set; }

    public required string ResourceType { get; set; }

    public required string ResourceId { get; set; }

    public required string Fields { get; set; }

    public required string Purpose { get; set; }

    public required string Outcome { get; set; }

    public required string SourceAddress { get; set; }

    public required string PreviousHash { get; set; }

    public required string Hash { get; set; }
}
