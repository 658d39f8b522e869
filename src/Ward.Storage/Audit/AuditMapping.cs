using Ward.Security.Audit;
using Ward.Storage.Entities;

namespace Ward.Storage.Audit;

/// <summary>Converts between stored rows and the chain's entries and checkpoints.</summary>
public static class AuditMapping
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

    public static AuditCheckpointRow ToRow(AuditCheckpoint c) => new()
    {
        PracticeId = c.PracticeId,
        Sequence = c.Sequence,
        Hash = c.Hash,
        OccurredAtMs = c.OccurredAtMs,
        CreatedAtMs = c.CreatedAtMs,
        KeyId = c.KeyId,
        Signature = c.Signature,
    };

    public static AuditCheckpoint ToCheckpoint(AuditCheckpointRow r) => new(
        r.PracticeId, r.Sequence, r.Hash, r.OccurredAtMs, r.CreatedAtMs, r.KeyId, r.Signature);

    public static SigningKeyRow ToRow(WrappedSigningKey k, long createdAtMs) => new()
    {
        Id = k.Id,
        MasterKeyId = k.MasterKeyId,
        WrappedPrivateKey = k.WrappedPrivateKey,
        PublicKey = k.PublicKey,
        CreatedAtMs = createdAtMs,
    };

    public static WrappedSigningKey ToWrapped(SigningKeyRow r) =>
        new(r.Id, r.MasterKeyId, r.WrappedPrivateKey, r.PublicKey);
}
