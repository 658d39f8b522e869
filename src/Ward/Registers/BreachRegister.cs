using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Ward.Access;
using Ward.Compliance.Agreements;
using Ward.Compliance.Breaches;
using Ward.Hosting;
using Ward.Practices;
using Ward.Storage;
using Ward.Storage.Audit;
using Ward.Storage.Entities;

namespace Ward.Registers;

/// <summary>
/// The breach register of one practice: incidents and "no breach" reviews, the notifications
/// made, and the deadlines that follow (HIPAA 164.404-164.408, GDPR Art. 33-34, the vendor's
/// agreement). Every change is audited in the same transaction.
/// </summary>
internal sealed class BreachRegister(WardCore core, Principal actor, string practiceId)
{
    public async Task<string> AddAsync(BreachInput input, CancellationToken cancellationToken)
    {
        await using var db = core.Database.CreateContext();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var practice = await db.Practices.SingleAsync(p => p.Id == practiceId, cancellationToken);
        await CheckVendorAsync(db, input.Vendor, cancellationToken);
        var keys = await core.PracticeKeys.LoadOrCreateAsync(db, practiceId, cancellationToken);
        var now = core.Time.GetUtcNow();
        var discovered = input.DiscoveredAt ?? now;
        if (discovered > now)
        {
            throw new RegisterException("--discovered lies in the future.");
        }

        var row = new BreachRow
        {
            Id = Guid.CreateVersion7().ToString(), PracticeId = practiceId,
            SummaryCipher = keys.Fields.Encrypt(input.Summary, PracticeFields.BreachSummary),
            Regimes = Regimes.ForCountry(practice.Country).ToString().ToLowerInvariant(),
            Determination = BreachRecords.NameOf(input.Determination),
            DiscoveredAtMs = discovered.ToUnixTimeMilliseconds(),
            AffectedCount = input.AffectedCount,
            AffectedByArea = JsonSerializer.Serialize(input.AffectedByArea),
            Vendor = input.Vendor, Notified = "{}", RecordedBy = actor.ActorId,
            CreatedAtMs = now.ToUnixTimeMilliseconds(), UpdatedAtMs = now.ToUnixTimeMilliseconds(),
        };
        db.Breaches.Add(row);
        await AuditAsync(db, "breach.recorded", row, "summary,determination,affected", cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return row.Id;
    }

    public async Task NotifyAsync(string id, BreachRecipient recipient, DateTimeOffset at,
        CancellationToken cancellationToken)
    {
        await using var db = core.Database.CreateContext();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var row = await db.Breaches.SingleOrDefaultAsync(
            b => b.PracticeId == practiceId && b.Id == id, cancellationToken)
            ?? throw new RegisterException($"No incident \"{id}\" in practice \"{practiceId}\".");
        if (at.ToUnixTimeMilliseconds() < row.DiscoveredAtMs || at > core.Time.GetUtcNow())
        {
            throw new RegisterException("--at must lie between the discovery and now.");
        }

        var notified = BreachRecords.NotifiedOf(row);
        notified[recipient] = at;
        row.Notified = BreachRecords.NotifiedJson(notified);
        row.UpdatedAtMs = core.Time.GetUtcNow().ToUnixTimeMilliseconds();
        await AuditAsync(db, "breach.notified", row, BreachRecords.NameOf(recipient),
            cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Every incident with its deadline statuses, oldest first.</summary>
    public async Task<IReadOnlyList<BreachView>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = core.Database.CreateContext();
        return await new BreachRegisterReader(db, practiceId, core.Time.GetUtcNow())
            .ListAsync(cancellationToken);
    }

    private async Task CheckVendorAsync(
        WardDbContext db, string? vendor, CancellationToken cancellationToken)
    {
        if (vendor is not null && !await db.Agreements.AnyAsync(
                a => a.PracticeId == practiceId && a.Vendor == vendor, cancellationToken))
        {
            throw new RegisterException($"--vendor \"{vendor}\" has no agreement on file; "
                + "see ward agreements list.");
        }
    }

    private async Task AuditAsync(WardDbContext db, string action, BreachRow row, string fields,
        CancellationToken cancellationToken)
    {
        await core.Audit.AppendAsync(db,
        [
            new AuditRecord(practiceId, actor.ActorType, actor.ActorId, action, "Breach", row.Id,
                fields, "compliance", SourceAddress: "cli"),
        ], cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }
}
