using Microsoft.EntityFrameworkCore;
using Ward.Access;
using Ward.Compliance.AuditPack;
using Ward.Hosting;
using Ward.Practices;
using Ward.Security.Audit;
using Ward.Storage;
using Ward.Storage.Audit;

namespace Ward.AuditPacks;

/// <summary>
/// Writes the audit pack of one practice for a date range: the events of the range with the
/// hash of the event before them (or the signed checkpoint a purge left), the chain's head, the
/// compliance documents, all signed with Ward's signing key so an inspector can verify the
/// folder offline with <c>ward audit verify --pack</c>.
/// </summary>
internal sealed class AuditPackExporter(WardCore core)
{
    public async Task<int> ExportAsync(PracticeContext practice, DateOnly from, DateOnly to,
        string directory, Principal actor, CancellationToken cancellationToken)
    {
        var fromMs = Ms(from);
        var toMs = Ms(to.AddDays(1));
        await using var db = core.Database.CreateContext();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var events = (await db.AuditEvents.AsNoTracking()
                .Where(e => e.PracticeId == practice.Id && e.OccurredAtMs >= fromMs
                    && e.OccurredAtMs < toMs)
                .OrderBy(e => e.Sequence).ToListAsync(cancellationToken))
            .Select(AuditMapping.ToEntry).ToList();
        var anchor = await AnchorAsync(db, practice.Id, events, fromMs, cancellationToken);
        var head = await db.ChainHeads.AsNoTracking()
            .SingleOrDefaultAsync(h => h.PracticeId == practice.Id, cancellationToken);
        var documents = await new PackDocuments(db, practice, core.Time.GetUtcNow())
            .CollectAsync(cancellationToken);
        var (key, _) = await core.SigningKeys.LoadOrCreateAsync(db, cancellationToken);
        using (key)
        {
            var contents = new AuditPackContents(practice.Id, practice.Settings.Name, from, to,
                core.Time.GetUtcNow(), anchor,
                head is null ? anchor : new ChainAnchor(head.Sequence, head.Hash), events, documents);
            await AuditPackWriter.WriteAsync(contents, key, directory, cancellationToken);
        }

        await core.Audit.AppendAsync(db,
        [
            new AuditRecord(practice.Id, actor.ActorType, actor.ActorId, "audit.exported",
                "AuditPack", $"{from:yyyy-MM-dd}..{to:yyyy-MM-dd}", $"events:{events.Count}",
                "compliance", SourceAddress: "cli"),
        ], cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return events.Count;
    }

    /// <summary>The hash the range's first event must follow: its predecessor's, a purge's
    /// checkpoint, or the genesis hash. For an empty range, the newest event before it.</summary>
    private static async Task<ChainAnchor> AnchorAsync(WardDbContext db, string practiceId,
        List<AuditEntry> events, long fromMs, CancellationToken cancellationToken)
    {
        if (events.Count > 0 && events[0].Sequence == 1)
        {
            return new ChainAnchor(0, AuditChain.GenesisHash);
        }

        if (events.Count > 0)
        {
            return new ChainAnchor(events[0].Sequence - 1, events[0].PreviousHash);
        }

        var before = await db.AuditEvents.AsNoTracking()
            .Where(e => e.PracticeId == practiceId && e.OccurredAtMs < fromMs)
            .OrderByDescending(e => e.Sequence).FirstOrDefaultAsync(cancellationToken);
        return before is null ? new ChainAnchor(0, AuditChain.GenesisHash)
            : new ChainAnchor(before.Sequence, before.Hash);
    }

    private static long Ms(DateOnly day) =>
        new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).ToUnixTimeMilliseconds();
}
