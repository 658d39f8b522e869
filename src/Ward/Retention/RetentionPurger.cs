using Microsoft.EntityFrameworkCore;
using Ward.Access;
using Ward.Hosting;
using Ward.Practices;
using Ward.Storage.Audit;

namespace Ward.Retention;

/// <summary>
/// Applies a practice's retention policy: deletes messages older than the practice keeps them,
/// and audit events older than the audit period (never under six years), the latter behind a
/// signed checkpoint so the rest of the chain still verifies; and the portal's spent codes and
/// ended sessions. One transaction, audited.
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
        var portal = await PurgePortalAsync(db, practice.Id, now, cancellationToken);
        var (key, keyId) = await core.SigningKeys.LoadOrCreateAsync(db, cancellationToken);
        using (key)
        {
            var purge = await new AuditRetention(core.Time).PurgeAsync(
                db, practice.Id, auditCutoff, key, keyId, cancellationToken);
            await core.Audit.AppendAsync(db,
            [
                new AuditRecord(practice.Id, actor.ActorType, actor.ActorId, "retention.purged",
                    "Practice", practice.Id,
                    $"messages:{messages},audit_events:{purge.EventsPurged},portal:{portal}",
                    "retention", SourceAddress: "cli"),
            ], cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return new RetentionOutcome(messages, purge.EventsPurged, purge.Checkpoint?.Sequence,
                policy.MessageDays, policy.AuditYears);
        }
    }

    /// <summary>Portal sign-in codes a day after they were asked for (their rate-limit windows
    /// are over by then) and sessions that have ended serve nothing any more.</summary>
    private static async Task<int> PurgePortalAsync(Storage.WardDbContext db, string practiceId,
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        var nowMs = now.ToUnixTimeMilliseconds();
        var dayAgo = now.AddDays(-1).ToUnixTimeMilliseconds();
        var challenges = await db.PortalChallenges
            .Where(c => c.PracticeId == practiceId && c.CreatedAtMs < dayAgo)
            .ExecuteDeleteAsync(cancellationToken);
        var sessions = await db.PortalSessions
            .Where(s => s.PracticeId == practiceId
                && (s.ExpiresAtMs <= nowMs || s.RevokedAtMs != null))
            .ExecuteDeleteAsync(cancellationToken);
        return challenges + sessions;
    }
}
