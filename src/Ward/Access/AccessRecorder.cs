using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Ward.Hosting;
using Ward.Outbox;
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

        var officers = await db.Users.AsNoTracking().Where(u => u.PracticeId == practiceId
            && u.Role == Role.ComplianceOfficer && u.DisabledAtMs == null && u.MobileCipher != null)
            .ToListAsync(cancellationToken);
        var text = $"Ward: break-glass access in practice {practiceId} by {a.Principal.ActorId} "
            + $"({a.Rule.Command}) at {now:u}. Review: ward audit list --practice {practiceId}";
        foreach (var officer in officers)
        {
            var to = keys.Fields.Decrypt(officer.MobileCipher!, PracticeFields.StaffMobile);
            var payload = JsonSerializer.Serialize(new OutboxPayload(to, text, null));
            db.Outbox.Add(StaffAlerts.Row(practiceId, keys.Fields.Encrypt(payload,
                PracticeFields.OutboxPayload), now.ToUnixTimeMilliseconds()));
        }

        return
        [
            new AuditRecord(practiceId, a.Principal.ActorType, a.Principal.ActorId,
                "access.break-glass", "BreakGlass", row.Id, Fields: row.Permission,
                Purpose: "break-glass", Outcome: "success", SourceAddress: a.Rule.Command),
            .. officers.Select(o => new AuditRecord(practiceId, AuditActors.System, "ward",
                "alert.enqueued", "User", o.Id, Fields: "mobile", Purpose: "break-glass")),
        ];
    }
}
