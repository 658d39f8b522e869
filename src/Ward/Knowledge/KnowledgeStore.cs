using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Ward.Assistant.Knowledge;
using Ward.Storage;
using Ward.Storage.Entities;

namespace Ward.Knowledge;

/// <summary>Reads and writes a practice's knowledge base in the database.</summary>
internal static class KnowledgeStore
{
    /// <summary>Adds new entries and replaces changed ones; returns (added, updated,
    /// unchanged). Entries not in <paramref name="knowledge"/> stay as they are.</summary>
    public static async Task<(int Added, int Updated, int Unchanged)> UpsertAsync(
        WardDbContext db, string practiceId, KnowledgeBase knowledge, string actor, long now,
        CancellationToken cancellationToken)
    {
        var existing = await db.KnowledgeEntries.Where(e => e.PracticeId == practiceId)
            .ToDictionaryAsync(e => e.EntryId, StringComparer.Ordinal, cancellationToken);
        var (added, updated, unchanged) = (0, 0, 0);
        for (var position = 0; position < knowledge.Entries.Count; position++)
        {
            var entry = knowledge.Entries[position];
            var document = KnowledgeJson.Write(entry);
            if (!existing.TryGetValue(entry.Id, out var row))
            {
                var created = NewRow(practiceId, entry, document, actor, now);
                created.Position = position;
                db.KnowledgeEntries.Add(created);
                added++;
            }
            else if (row.Document != document || row.Position != position)
            {
                Fill(row, entry, document, actor, now);
                row.Position = position;
                updated++;
            }
            else
            {
                unchanged++;
            }
        }

        return (added, updated, unchanged);
    }

    /// <summary>Adds or replaces one entry, keeping its place (a new one goes last); true when
    /// it was added.</summary>
    public static async Task<bool> SaveEntryAsync(WardDbContext db, string practiceId,
        KnowledgeEntry entry, string actor, long now, CancellationToken cancellationToken)
    {
        var document = KnowledgeJson.Write(entry);
        var row = await db.KnowledgeEntries.SingleOrDefaultAsync(
            e => e.PracticeId == practiceId && e.EntryId == entry.Id, cancellationToken);
        if (row is not null)
        {
            Fill(row, entry, document, actor, now);
            return false;
        }

        var last = await db.KnowledgeEntries.Where(e => e.PracticeId == practiceId)
            .MaxAsync(e => (int?)e.Position, cancellationToken);
        var created = NewRow(practiceId, entry, document, actor, now);
        created.Position = (last ?? -1) + 1;
        db.KnowledgeEntries.Add(created);
        return true;
    }

    /// <summary>Every practice's knowledge base, by practice id.</summary>
    public static async Task<Dictionary<string, List<KnowledgeEntryRow>>> LoadAllAsync(
        WardDbContext db, CancellationToken cancellationToken) =>
        (await db.KnowledgeEntries.AsNoTracking().ToListAsync(cancellationToken))
            .GroupBy(r => r.PracticeId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(r => r.Position)
                .ThenBy(r => r.EntryId, StringComparer.Ordinal).ToList(), StringComparer.Ordinal);

    public static KnowledgeBase ToKnowledgeBase(IReadOnlyList<KnowledgeEntryRow> rows, string language)
    {
        var entries = rows.Select(r => KnowledgeJson.Read(r.Document)).ToList();
        return new KnowledgeBase(language, entries);
    }

    private static KnowledgeEntryRow NewRow(
        string practiceId, KnowledgeEntry entry, string document, string actor, long now)
    {
        var row = new KnowledgeEntryRow
        {
            PracticeId = practiceId, EntryId = entry.Id, Kind = entry.Kind.ToWire(),
            Owner = entry.Owner, Language = entry.Language, Document = document, UpdatedBy = actor,
        };
        Fill(row, entry, document, actor, now);
        return row;
    }

    private static void Fill(
        KnowledgeEntryRow row, KnowledgeEntry entry, string document, string actor, long now)
    {
        row.Version = entry.Version;
        row.Kind = entry.Kind.ToWire();
        row.Owner = entry.Owner;
        row.Language = entry.Language;
        row.ExpiresOn = entry.ExpiresOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        row.Document = document;
        row.UpdatedAtMs = now;
        row.UpdatedBy = actor;
    }
}
