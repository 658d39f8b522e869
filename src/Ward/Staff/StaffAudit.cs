using Ward.Hosting;
using Ward.Storage.Audit;

namespace Ward.Staff;

/// <summary>Appends audit events for what staff do in the web app, each in its own
/// transaction when no other change goes with it.</summary>
internal sealed class StaffAudit(WardCore core)
{
    public async Task RecordAsync(AuditRecord record, CancellationToken cancellationToken)
    {
        await using var db = core.Database.CreateContext();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await core.Audit.AppendAsync(db, [record], cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public static AuditRecord Event(string practiceId, string staffId, string action,
        string resourceType, string resourceId, string fields = "", string outcome = "success",
        string purpose = "access-control") =>
        new(practiceId, AuditActors.User, staffId, action, resourceType, resourceId, fields,
            purpose, outcome);
}
