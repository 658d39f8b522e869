using Microsoft.EntityFrameworkCore;
using Ward.Access;
using Ward.Compliance.Retention;
using Ward.Practices;
using Ward.Storage;
using Ward.Storage.Audit;
using Ward.Storage.Entities;

namespace Ward.PatientRights;

/// <summary>
/// Erases a patient (GDPR Art. 17) once retention allows (Art. 17(3)): destroys their data key,
/// blanks their values in the live database, unlinks their phone number's blind index, and
/// drops their outbox rows. Their ids stay, so the audit chain, which names only ids, still
/// verifies. A backup taken before the erasure still holds the wrapped key, so it stays
/// readable with the master key until that backup expires: the practice's backup retention
/// bounds how long erased data survives. On PostgreSQL the old row versions stay in the table
/// file until VACUUM reclaims them (autovacuum, or the operator's VACUUM).
/// </summary>
internal sealed class PatientEraser(WardDbContext db, PracticeContext practice, TimeProvider time)
{
    public async Task<ErasureDecision> EraseAsync(
        PatientRow patient, Principal actor, AuditLog audit, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var conversations = await db.Conversations
            .Where(c => c.PracticeId == practice.Id && c.PatientId == patient.Id)
            .ToListAsync(cancellationToken);
        var ids = conversations.Select(c => c.Id).ToList();
        var last = await db.Messages.Where(m => ids.Contains(m.ConversationId))
            .MaxAsync(m => (long?)m.CreatedAtMs, cancellationToken);
        var decision = ErasureRules.Decide(PracticeRetention.Of(practice.Settings),
            last is { } ms ? DateTimeOffset.FromUnixTimeMilliseconds(ms) : null,
            practice.Settings.Retention?.LegalHold ?? false, now);
        if (!decision.Allowed || patient.ErasedAtMs is not null)
        {
            return decision with { Allowed = false, Reason = patient.ErasedAtMs is null
                ? decision.Reason : "The patient is already erased." };
        }

        await db.PatientKeys.Where(k => k.PatientId == patient.Id).ExecuteDeleteAsync(cancellationToken);
        await db.Messages.Where(m => ids.Contains(m.ConversationId))
            .ExecuteUpdateAsync(m => m.SetProperty(x => x.BodyCipher, Array.Empty<byte>()),
                cancellationToken);
        await db.Outbox.Where(o => o.PracticeId == practice.Id && o.PatientId == patient.Id)
            .ExecuteDeleteAsync(cancellationToken);
        conversations.ForEach(c => c.ReplyAddressCipher = []);
        patient.PhoneCipher = [];
        patient.NameCipher = null;
        patient.DateOfBirthCipher = null;
        await db.PortalSessions.Where(s => s.PatientId == patient.Id)
            .ExecuteDeleteAsync(cancellationToken);
        await db.PortalChallenges.Where(c => c.PatientId == patient.Id)
            .ExecuteDeleteAsync(cancellationToken);
        patient.PhoneIndex = "erased:" + patient.Id;
        patient.ErasedAtMs = now.ToUnixTimeMilliseconds();

        await audit.AppendAsync(db,
        [
            new AuditRecord(practice.Id, actor.ActorType, actor.ActorId, "patient.erased",
                "Patient", patient.Id, "key,phone,name,date_of_birth,messages,reply_address,outbox,portal",
                "data-subject-request", SourceAddress: "cli"),
        ], cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return decision;
    }

    /// <summary>
    /// After the erasure commits: SQLite keeps the pages as they were before in its write-ahead
    /// log until a checkpoint, so the log is checkpointed and truncated at once. A reader still
    /// open elsewhere can delay the truncation; the next checkpoint then completes it.
    /// </summary>
    public static async Task FlushAsync(WardDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (!db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);", cancellationToken);
        }
    }
}
