using Ward.Security.Audit;

namespace Ward.Storage.Audit;

/// <summary>What a purge did: how many events of the practice it deleted and the checkpoint
/// it signed for them (null when nothing was old enough).</summary>
public sealed record AuditPurgeResult(
    string PracticeId, long EventsPurged, AuditCheckpoint? Checkpoint);
