using Microsoft.EntityFrameworkCore;
using Ward.Security.Audit;
using Ward.Storage.Audit;

namespace Ward.Storage.Tests.Audit;

/// <summary>What someone with write access to the database could do to the audit tables, once
/// the guard triggers are out of the way.</summary>
internal static class Tampering
{
    public static async Task<AuditEntry> EntryAsync(
        TestDatabase test, string practice, long sequence)
    {
        await using var db = test.Database.CreateContext();
        var row = await db.AuditEvents.AsNoTracking()
            .SingleAsync(e => e.PracticeId == practice && e.Sequence == sequence);
        return AuditMapping.ToEntry(row);
    }

    public static async Task InsertAsync(TestDatabase test, AuditEntry entry)
    {
        await using var db = test.Database.CreateContext();
        db.AuditEvents.Add(AuditMapping.ToRow(entry));
        await db.SaveChangesAsync();
    }

    public static async Task InsertAsync(TestDatabase test, AuditCheckpoint checkpoint)
    {
        await using var db = test.Database.CreateContext();
        db.AuditCheckpoints.Add(AuditMapping.ToRow(checkpoint));
        await db.SaveChangesAsync();
    }

    /// <summary>Gives the stored event at <paramref name="sequence"/> the content (every
    /// column but practice and sequence) of <paramref name="content"/>.</summary>
    public static Task<int> OverwriteAsync(
        TestDatabase test, string practice, long sequence, AuditEntry content) =>
        test.ExecuteAsync(
            $"UPDATE audit_events SET occurred_at_ms = {content.OccurredAtMs}, " +
            $"actor_type = '{content.ActorType}', actor_id = '{content.ActorId}', " +
            $"action = '{content.Action}', resource_type = '{content.ResourceType}', " +
            $"resource_id = '{content.ResourceId}', fields = '{content.Fields}', " +
            $"purpose = '{content.Purpose}', outcome = '{content.Outcome}', " +
            $"source_address = '{content.SourceAddress}', " +
            $"previous_hash = '{content.PreviousHash}', hash = '{content.Hash}' " +
            $"WHERE practice_id = '{practice}' AND sequence = {sequence}");

    public static Task<int> DropCheckpointGuardAsync(TestDatabase test) => test.ExecuteAsync(
        test.IsPostgres
            ? "ALTER TABLE audit_checkpoints DISABLE TRIGGER ALL"
            : "DROP TRIGGER audit_checkpoints_no_update; "
                + "DROP TRIGGER audit_checkpoints_no_delete;");
}
