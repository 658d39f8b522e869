using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Ward.Storage.Audit;

namespace Ward.Storage.Tests.Audit;

public sealed class AuditAppendOnlyTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AuditEvents_Update_RefusedByDatabase(string provider)
    {
        await using var test = await WithEventsAsync(provider);

        var act = () => test.ExecuteAsync(
            "UPDATE audit_events SET action = 'message.delete' WHERE sequence = 1");

        await Assert.ThrowsAnyAsync<DbException>(act);
        Assert.Equal(["message.read", "message.read"], await ActionsAsync(test));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AuditEvents_Delete_RefusedByDatabase(string provider)
    {
        await using var test = await WithEventsAsync(provider);

        var act = () => test.ExecuteAsync("DELETE FROM audit_events WHERE sequence = 2");

        await Assert.ThrowsAnyAsync<DbException>(act);
        Assert.Equal(2, (await ActionsAsync(test)).Count);
    }

    // SQLite has no TRUNCATE; an unqualified DELETE is its truncate form.
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AuditEvents_Truncate_RefusedByDatabase(string provider)
    {
        await using var test = await WithEventsAsync(provider);

        var act = () => test.ExecuteAsync(
            test.IsPostgres ? "TRUNCATE audit_events" : "DELETE FROM audit_events");

        await Assert.ThrowsAnyAsync<DbException>(act);
        Assert.Equal(2, (await ActionsAsync(test)).Count);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AuditEvents_UpdateThroughEf_RefusedByDatabase(string provider)
    {
        await using var test = await WithEventsAsync(provider);
        await using var db = test.Database.CreateContext();
        var row = await db.AuditEvents.FirstAsync(e => e.Sequence == 1);
        row.Outcome = "failure";

        var act = () => db.SaveChangesAsync();

        await Assert.ThrowsAsync<DbUpdateException>(act);
    }

    private static async Task<TestDatabase> WithEventsAsync(string provider)
    {
        var test = await TestDatabase.CreateAsync(provider);
        var log = new AuditLog(new FakeTimeProvider(DateTimeOffset.UnixEpoch.AddDays(20_000)));
        await test.AppendAsync(log, Records.Reads("practice-a", 2));
        return test;
    }

    private static async Task<List<string>> ActionsAsync(TestDatabase test)
    {
        await using var db = test.Database.CreateContext();
        return await db.AuditEvents.OrderBy(e => e.Sequence).Select(e => e.Action).ToListAsync();
    }
}
