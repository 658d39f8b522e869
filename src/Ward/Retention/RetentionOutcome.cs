namespace Ward.Retention;

/// <summary>What a purge removed, under which policy, and the checkpoint it left.</summary>
internal sealed record RetentionOutcome(
    int MessagesDeleted, long AuditEventsPurged, long? CheckpointSequence, int MessageDays,
    int AuditYears);
