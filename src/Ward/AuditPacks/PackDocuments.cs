using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Ward.Access;
using Ward.Practices;
using Ward.Registers;
using Ward.Security.Access;
using Ward.Storage;

namespace Ward.AuditPacks;

/// <summary>
/// The documents of an audit pack besides the events: agreements with their dates, the breach
/// register with its clocks, the consent ledger, reviews, break-glass accesses, the retention
/// policy and the access matrix. Identifiers, codes and dates only: no summary, note or reason
/// text (those may name patients) and no message content.
/// </summary>
internal sealed class PackDocuments(WardDbContext db, PracticeContext practice, DateTimeOffset now)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public async Task<Dictionary<string, byte[]>> CollectAsync(CancellationToken cancellationToken)
    {
        var id = practice.Id;
        var agreements = await db.Agreements.AsNoTracking().Where(a => a.PracticeId == id)
            .OrderBy(a => a.Vendor).ToListAsync(cancellationToken);
        var consents = await db.Consents.AsNoTracking().Where(c => c.PracticeId == id)
            .OrderBy(c => c.Id).ToListAsync(cancellationToken);
        var reviews = await db.Reviews.AsNoTracking().Where(r => r.PracticeId == id)
            .OrderBy(r => r.CompletedOn).ToListAsync(cancellationToken);
        var glass = await db.BreakGlass.AsNoTracking().Where(b => b.PracticeId == id)
            .OrderBy(b => b.AtMs).ToListAsync(cancellationToken);
        return new Dictionary<string, byte[]>(StringComparer.Ordinal)
        {
            ["agreements.json"] = Serialize(agreements.Select(a => new
            {
                a.Vendor, a.Service, a.Kind, a.ExecutedOn, a.BreachNoticeDays,
                Subprocessors = a.Subprocessors.Split('\n', StringSplitOptions.RemoveEmptyEntries),
                a.Termination, a.TerminatedOn,
            })),
            ["breaches.json"] = Serialize(await BreachesAsync(cancellationToken)),
            ["consents.json"] = Serialize(consents.Select(c => new
            {
                c.PatientId, c.Purpose, c.Choice, c.TextShown, c.Language, c.Channel, c.MessageId,
                c.RecordedBy, RecordedAt = At(c.RecordedAtMs),
            })),
            ["reviews.json"] = Serialize(reviews.Select(r => new
            {
                r.Id, r.Kind, r.CompletedOn, r.ReviewedBy, RecordedAt = At(r.RecordedAtMs),
            })),
            ["break-glass.json"] = Serialize(glass.Select(b => new
            {
                b.Id, b.UserId, b.Permission, b.Operation, At = At(b.AtMs),
            })),
            ["retention.json"] = Serialize(PracticeRetention.Of(practice.Settings)),
            ["access-matrix.md"] = Text(AccessMatrix.ToMarkdown(Operations.Published, AccessPolicy.Default)),
            ["access-matrix.csv"] = Text(AccessMatrix.ToCsv(Operations.Published, AccessPolicy.Default)),
        };
    }

    private async Task<object> BreachesAsync(CancellationToken cancellationToken)
    {
        var views = await new BreachRegisterReader(db, practice.Id, now).ListAsync(cancellationToken);
        return views.Select(v => new
        {
            v.Row.Id, v.Row.Determination, v.Row.Regimes, DiscoveredAt = At(v.Row.DiscoveredAtMs),
            v.Row.AffectedCount, v.Row.Vendor, v.Row.RecordedBy,
            Notified = BreachRecords.NotifiedOf(v.Row).ToDictionary(
                p => BreachRecords.NameOf(p.Key), p => p.Value),
            Deadlines = v.Clocks.Select(c => new
            {
                Recipient = BreachRecords.NameOf(c.Deadline.Recipient), c.Deadline.Due,
                c.Deadline.Rule, c.Deadline.WithoutUndueDelay, c.Done, c.Overdue,
            }),
        }).ToList();
    }

    private static byte[] Serialize<T>(T value) => JsonSerializer.SerializeToUtf8Bytes(value, Json);

    private static byte[] Text(string text) => System.Text.Encoding.UTF8.GetBytes(text);

    private static DateTimeOffset At(long ms) => DateTimeOffset.FromUnixTimeMilliseconds(ms);
}
