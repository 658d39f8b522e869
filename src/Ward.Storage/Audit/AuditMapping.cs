using Ward.Security.Audit;
using Ward.Storage.Entities;

namespace Ward.Storage.Audit;

/// <summary>Converts between stored rows and the chain's entries.</summary>
internal static class AuditMapping
{
    public static AuditEventRow ToRow(AuditEntry e) => new()
    {
        PracticeId = e.PracticeId,
        Sequence = e.Sequence,
        OccurredAtMs = e.OccurredAtMs,
        ActorType = e.ActorType,
        ActorId = e.ActorId,
        Action = e.Action,
        ResourceType = e.ResourceType,
        ResourceId = e.ResourceId,
        Fields = e.Fields,
        Purpose = e.Purpose,
        Outcome = e.Outcome,
        SourceAddress = e.SourceAddress,
        PreviousHash = e.PreviousHash,
        Hash = e.Hash,
    };

    public static AuditEntry ToEntry(AuditEventRow r) => new(
        r.Sequence, r.PracticeId, r.OccurredAtMs, r.ActorType, r.ActorId, r.Action,
        r.ResourceType, r.ResourceId, r.Fields, r.Purpose, r.Outcome, r.SourceAddress,
        r.PreviousHash, r.Hash);
}
