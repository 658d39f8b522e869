namespace Ward.Security.Audit;

/// <summary>
/// One audit event as the chain sees it: identifiers only, never PHI. <see cref="Hash"/> covers
/// every other field and the previous event's hash, so an edit anywhere breaks the chain.
/// </summary>
public sealed record AuditEntry(
    long Sequence,
    string PracticeId,
    long OccurredAtMs,
    string ActorType,
    string ActorId,
    string Action,
    string ResourceType,
    string ResourceId,
    string Fields,
    string Purpose,
    string Outcome,
    string SourceAddress,
    string PreviousHash,
    string Hash);
