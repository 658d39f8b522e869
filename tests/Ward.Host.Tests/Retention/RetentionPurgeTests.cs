using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Ward.Access;
using Ward.Host.Tests.Support;
using Ward.Practices;
using Ward.Storage.Audit;

namespace Ward.Host.Tests.Retention;

/// <summary>
/// Audit events are kept six years (45 CFR 164.316(b)(2)(i)); <c>ward retention purge</c>
/// deletes older ones behind a signed checkpoint, and the chain still verifies.
/// </summary>
public sealed class RetentionPurgeTests
{
    private const string Practice = "sunrise-family";
    private const int OldEvents = 3;

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Purge_EventsSevenYearsOld_ExactlyThoseGoneChainVerifies(string provider)
    {
        await using var ward = await WardTestServer.StartAsync(provider);
        await AppendAsync(ward, DateTimeOffset.UtcNow.AddYears(-7), "test.old", OldEvents);
        // Imported after the old events: a purge stops at the chain's first young event.
        await ImportPracticeAsync(ward);
        await AppendAsync(ward, DateTimeOffset.UtcNow, "test.recent", 2);
        var young = await ActionsAsync(ward, e => e.Action != "test.old");

        var purge = await CliRunner.RunAsync(ward, "retention", "purge", "--practice", Practice);
        var verify = await CliRunner.RunAsync(ward, "audit", "verify");

        Assert.Equal(0, purge.ExitCode);
        Assert.Contains($"#{OldEvents}", purge.Output);
        Assert.Equal(0, verify.ExitCode);
        var left = await ActionsAsync(ward, e => e.Action != "retention.purged");
        Assert.Equal(young, left);
        await using var db = ward.OpenDb();
        var checkpoint = await db.AuditCheckpoints.SingleAsync(c => c.PracticeId == Practice);
        Assert.Equal(OldEvents, checkpoint.Sequence);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task DeleteRecentEvent_AfterPurge_RefusedByDatabase(string provider)
    {
        await using var ward = await WardTestServer.StartAsync(provider);
        await AppendAsync(ward, DateTimeOffset.UtcNow.AddYears(-7), "test.old", OldEvents);
        await ImportPracticeAsync(ward);
        await AppendAsync(ward, DateTimeOffset.UtcNow, "test.recent", 2);
        await CliRunner.RunAsync(ward, "retention", "purge", "--practice", Practice);
        await using var db = ward.OpenDb();

        var delete = await Record.ExceptionAsync(() => db.Database.ExecuteSqlRawAsync(
            "DELETE FROM audit_events WHERE action = 'test.recent'"));

        Assert.IsAssignableFrom<DbException>(delete);
        Assert.Equal(2, await db.AuditEvents.CountAsync(e => e.Action == "test.recent"));
    }

    /// <summary>Appends events as the server would have at <paramref name="at"/>, in a
    /// transaction on the server's database.</summary>
    private static async Task AppendAsync(WardTestServer ward, DateTimeOffset at, string action,
        int count)
    {
        var log = new AuditLog(new FakeTimeProvider(at));
        await using var db = ward.OpenDb();
        await using var transaction = await db.Database.BeginTransactionAsync();
        await log.AppendAsync(db, [.. Enumerable.Range(1, count).Select(i => new AuditRecord(
            Practice, AuditActors.System, "test", action, "Message", $"m{i}", "body",
            "treatment"))], CancellationToken.None);
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
    }

    private static async Task ImportPracticeAsync(WardTestServer ward)
    {
        var errors = await ward.App.Services.GetRequiredService<PracticeImporter>().ImportAsync(
            TestPractices.UnitedStatesWithStaff(), Principal.System, CancellationToken.None);
        Assert.Empty(errors);
    }

    private static async Task<List<(long, string)>> ActionsAsync(WardTestServer ward,
        Func<Storage.Entities.AuditEventRow, bool> which)
    {
        await using var db = ward.OpenDb();
        var rows = await db.AuditEvents.AsNoTracking().Where(e => e.PracticeId == Practice)
            .OrderBy(e => e.Sequence).ToListAsync();
        return [.. rows.Where(which).Select(e => (e.Sequence, e.Action))];
    }
}
