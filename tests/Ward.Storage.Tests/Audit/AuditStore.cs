using Microsoft.EntityFrameworkCore;
using Ward.Security.Audit;
using Ward.Storage.Audit;
using Ward.Storage.Entities;

namespace Ward.Storage.Tests.Audit;

/// <summary>Reads what the audit tables hold, for assertions.</summary>
internal static class AuditStore
{
    public static async Task<List<AuditEventRow>> EventsAsync(TestDatabase test, string practice)
    {
        await using var db = test.Database.CreateContext();
        return await db.AuditEvents.AsNoTracking().Where(e => e.PracticeId == practice)
            .OrderBy(e => e.Sequence).ToListAsync();
    }

    public static async Task<List<long>> SequencesAsync(TestDatabase test, string practice) =>
        [.. (await EventsAsync(test, practice)).Select(e => e.Sequence)];

    public static async Task<IReadOnlyList<AuditCheckpoint>> CheckpointsAsync(TestDatabase test)
    {
        await using var db = test.Database.CreateContext();
        return await AuditCheckpoints.LoadAsync(db, CancellationToken.None);
    }
}
