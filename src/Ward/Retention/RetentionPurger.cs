using Microsoft.EntityFrameworkCore;
using Ward.Access;
using Ward.Hosting;
using Ward.Practices;
using Ward.Storage.Audit;

namespace Ward.Retention;

/// <summary>
/// Applies a practice's retention policy: deletes messages older than the practice keeps them,
/// and audit events older than the audit period (never under six years), the latter behind a
/// signed checkpoint so the rest of the chain still verifies. One transaction, audited.
/// </summary>
internal sealed class RetentionPurger(WardCore core)
{
    public async Task<RetentionOutcome> PurgeAsync(
        PracticeContext practice, Principal actor, CancellationToken cancellationToken)
    {
        var policy = PracticeRetention.Of(practice.Settings);
        var now = core.Time.GetUtcNow();
        var messageCutoff = policy.MessageCutoff(now).ToUnixTimeMilliseconds();
        var auditCutoff = policy.AuditCutoff(now).ToUnixTimeMilliseconds();

        await using var db = core.Database.CreateContext();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var messages = await db.Messages
            .Where(m => m.PracticeId == practice.Id && m.CreatedAtMs < messageCutoff)
            .ExecuteDeleteAsync(cancellationToken);
        var (key, keyId) = await core.SigningKeys.LoadOrCreateAsync(db, cancellationToken);
        using (key)
        {
            var purge = await new AuditRetention(core.Time).PurgeAsync(
                db, practice.Id, auditCutoff, key, keyId, cancellationToken);
            await core.Audit.AppendAsync(db,
            [
                new AuditRecord(practice.Id, actor.ActorType, actor.ActorId, "retention.purged",
                    "Practice", practice.Id, $"messages:{messages},audit_events:{purge.EventsPurged}",
                    "retention", SourceAddress: "cli"),
            ], cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return new RetentionOutcome(messages, purge.EventsPurged, purge.Checkpoint?.Sequence,
                policy.MessageDays, policy.AuditYears);
        }
    }
}
