using Microsoft.EntityFrameworkCore;
using Ward.Compliance.Breaches;
using Ward.Storage;

namespace Ward.Registers;

/// <summary>Reads a practice's incidents with their clocks as of <paramref name="now"/>; the
/// vendor's notice term comes from its agreement.</summary>
internal sealed class BreachRegisterReader(WardDbContext db, string practiceId, DateTimeOffset now)
{
    public async Task<IReadOnlyList<BreachView>> ListAsync(CancellationToken cancellationToken)
    {
        var rows = await db.Breaches.AsNoTracking().Where(b => b.PracticeId == practiceId)
            .OrderBy(b => b.DiscoveredAtMs).ToListAsync(cancellationToken);
        var agreements = await db.Agreements.AsNoTracking()
            .Where(a => a.PracticeId == practiceId).ToListAsync(cancellationToken);
        return rows.Select(row =>
        {
            var days = agreements.Where(a => a.Vendor == row.Vendor).Max(a => a.BreachNoticeDays);
            var incident = BreachRecords.ToIncident(row, days);
            return new BreachView(row, incident, BreachClock.Status(incident, now));
        }).ToList();
    }
}
