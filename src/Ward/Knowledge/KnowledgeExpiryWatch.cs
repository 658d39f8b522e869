using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Ward.Hosting;
using Ward.Outbox;
using Ward.Practices;
using Ward.Storage.Audit;
using Ward.Storage.Entities;
using Ward.Storage.Outbox;

namespace Ward.Knowledge;

/// <summary>
/// Tells the owner of a knowledge-base entry when it expires: the assistant stops using it
/// that day, and an owner on the practice's staff with a mobile gets one text per entry version
/// (no PHI: the practice, the entry id, the date). The audit trail remembers who was told.
/// </summary>
internal sealed class KnowledgeExpiryWatch(
    WardCore core, PracticeDirectory practices, ILogger<KnowledgeExpiryWatch> logger)
    : BackgroundService
{
    private static readonly TimeSpan Every = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Every);
        do
        {
            try
            {
                foreach (var practice in practices.All)
                {
                    await CheckAsync(practice, stoppingToken);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Host boundary: the next round tries again; the operator is told.
                WardLog.KnowledgeExpiryCheckFailed(logger, e.GetType().Name);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>Notifies the owners of entries expired and not notified before; returns how
    /// many entries.</summary>
    public async Task<int> CheckAsync(PracticeContext practice, CancellationToken cancellationToken)
    {
        var today = core.Time.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await using var db = core.Database.CreateContext();
        var expired = (await db.KnowledgeEntries.AsNoTracking()
                .Where(e => e.PracticeId == practice.Id && e.ExpiresOn != null)
                .ToListAsync(cancellationToken))
            .Where(e => string.CompareOrdinal(e.ExpiresOn, today) < 0).ToList();
        var keys = expired.Select(e => $"{e.EntryId}@{e.Version}").ToList();
        var told = await db.AuditEvents.AsNoTracking().Where(a => a.PracticeId == practice.Id
                && a.Action == "knowledge.expiry-notified" && keys.Contains(a.ResourceId))
            .Select(a => a.ResourceId).ToListAsync(cancellationToken);
        var fresh = expired.Where(e => !told.Contains($"{e.EntryId}@{e.Version}")).ToList();
        if (fresh.Count == 0)
        {
            return 0;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var records = new List<AuditRecord>();
        foreach (var entry in fresh)
        {
            var texted = await TextOwnerAsync(db, practice, entry, cancellationToken);
            records.Add(new AuditRecord(practice.Id, AuditActors.System, "knowledge-watch",
                "knowledge.expiry-notified", "KnowledgeEntry", $"{entry.EntryId}@{entry.Version}",
                "owner", "operations", Outcome: texted ? "texted" : "no-mobile"));
        }

        await core.Audit.AppendAsync(db, records, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return fresh.Count;
    }

    private async Task<bool> TextOwnerAsync(Storage.WardDbContext db, PracticeContext practice,
        KnowledgeEntryRow entry, CancellationToken cancellationToken)
    {
        var owner = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.PracticeId == practice.Id
            && u.Id == entry.Owner && u.DisabledAtMs == null && u.MobileCipher != null, cancellationToken);
        if (owner is null)
        {
            return false;
        }

        var now = core.Time.GetUtcNow().ToUnixTimeMilliseconds();
        var text = $"Ward: knowledge-base entry {entry.EntryId} of practice {practice.Id} expired on "
            + $"{entry.ExpiresOn} and is no longer used. Renew it with: ward kb import";
        var to = practice.Keys.Fields.Decrypt(owner.MobileCipher!, PracticeFields.StaffMobile);
        db.Outbox.Add(new OutboxRow
        {
            PracticeId = practice.Id, Kind = OutboxKinds.AlertSms,
            PayloadCipher = practice.Keys.Fields.Encrypt(
                JsonSerializer.Serialize(new OutboxPayload(to, text, null)), PracticeFields.OutboxPayload),
            Priority = ReplyPriority.Routine, Status = OutboxStatus.Pending,
            NextAttemptAtMs = now, CreatedAtMs = now,
        });
        return true;
    }
}
