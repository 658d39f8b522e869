using Ward.Hosting;
using Ward.Practices;
using Ward.Security.Access;
using Ward.Storage;
using Ward.Storage.Audit;
using Ward.Storage.Entities;

namespace Ward.Access;

/// <summary>
/// Writes down the access checks that matter afterwards: every refusal (HIPAA
/// 164.308(a)(1)(ii)(D) activity review) and every break-glass access, which also keeps the
/// stated reason (encrypted) and texts the practice's compliance officers.
/// </summary>
internal sealed class AccessRecorder(WardCore core)
{
    public async Task RecordAsync(AccessAttempt attempt, CancellationToken cancellationToken)
    {
        var decision = attempt.Decision;
        if (decision.Allowed && !decision.ByBreakGlass)
        {
            return;
        }

        await using var db = core.Database.CreateContext();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var records = decision.Allowed
            ? await BreakGlassAsync(db, attempt, cancellationToken)
            : [Denied(attempt)];
        await core.Audit.AppendAsync(db, records, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private static AuditRecord Denied(AccessAttempt a) => new(
        a.PracticeId ?? AuditActors.SystemPractice, a.Principal.ActorType, a.Principal.ActorId,
        "access.denied", "Command", a.Rule.Command,
        Fields: AccessMatrix.PermissionNames(a.Rule.Required), Purpose: "access-control",
        Outcome: "denied");

    private async Task<List<AuditRecord>> BreakGlassAsync(
        WardDbContext db, AccessAttempt a, CancellationToken cancellationToken)
    {
        var practiceId = a.PracticeId!;
        var keys = await core.PracticeKeys.LoadOrCreateAsync(db, practiceId, cancellationToken);
        var now = core.Time.GetUtcNow();
        var missing = a.Rule.Required & ~AccessPolicy.Default.PermissionsOf(a.Principal.Role);
        var row = new BreakGlassRow
        {
            Id = Guid.CreateVersion7().ToString(), PracticeId = practiceId,
            UserId = a.Principal.ActorId, Permission = AccessMatrix.PermissionNames(missing),
            Operation = a.Rule.Command, AtMs = now.ToUnixTimeMilliseconds(),
            ReasonCipher = keys.Fields.Encrypt(a.BreakGlassReason!, PracticeFields.BreakGlassReason),
        };
        db.BreakGlass.Add(row);

        var text = $"Ward: break-glass access in practice {practiceId} by {a.Principal.ActorId} "
            + $"({a.Rule.Command}) at {now:u}. Review: ward audit list --practice {practiceId}";
        var officers = await StaffAlerts.ToComplianceOfficersAsync(db, keys, text,
            now.ToUnixTimeMilliseconds(), cancellationToken);

        return
        [
            new AuditRecord(practiceId, a.Principal.ActorType, a.Principal.ActorId,
                "access.break-glass", "BreakGlass", row.Id, Fields: row.Permission,
                Purpose: "break-glass", Outcome: "success", SourceAddress: a.Rule.Command),
            .. officers.Select(id => new AuditRecord(practiceId, AuditActors.System, "ward",
                "alert.enqueued", "User", id, Fields: "mobile", Purpose: "break-glass")),
        ];
    }
}
