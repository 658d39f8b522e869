using Ward.Storage.Audit;

namespace Ward.Cli;

/// <summary>Audits what a command did, as the person (or Ward itself) who ran it.</summary>
internal static class CliAudit
{
    public static AuditRecord Record(CliSession session, string action, string resourceType,
        string resourceId, string fields, string purpose = "operations") => new(
        session.PracticeId ?? AuditActors.SystemPractice, session.Principal.ActorType,
        session.Principal.ActorId, action, resourceType, resourceId, fields, purpose,
        SourceAddress: "cli");

    /// <summary>Appends one event in a transaction of its own (for reads, which change
    /// nothing else).</summary>
    public static async Task RecordAsync(CliSession session, string action, string resourceType,
        string resourceId, string fields, CancellationToken cancellationToken,
        string purpose = "operations")
    {
        var core = session.Core;
        await using var db = core.Database.CreateContext();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await core.Audit.AppendAsync(db,
            [Record(session, action, resourceType, resourceId, fields, purpose)],
            cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
