using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Ward.Security.Audit;
using Ward.Storage.Audit;
using Ward.Storage.Entities;

namespace Ward.Storage.Tests.Audit;

public sealed class AuditLogTests
{
    private static readonly DateTimeOffset Start = DateTimeOffset.FromUnixTimeMilliseconds(
        1_764_777_600_000);

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AppendAsync_OutsideTransaction_Throws(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var log = new AuditLog(new FakeTimeProvider(Start));
        await using var db = test.Database.CreateContext();

        var act = () => log.AppendAsync(db, Records.Reads("practice-a", 1), CancellationToken.None);

        await Assert.ThrowsAsync<InvalidOperationException>(act);
        Assert.Equal(0, await db.AuditEvents.CountAsync());
        Assert.Equal(0, await db.ChainHeads.CountAsync());
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AppendAsync_TwoTransactions_ContinueOneChain(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var time = new FakeTimeProvider(Start);
        var log = new AuditLog(time);

        await test.AppendAsync(log, Records.Reads("practice-a", 2));
        time.Advance(TimeSpan.FromSeconds(5));
        await test.AppendAsync(log, Records.Reads("practice-a", 3, first: 3));

        var events = await EventsAsync(test, "practice-a");
        Assert.Equal([1L, 2, 3, 4, 5], events.Select(e => e.Sequence));
        AssertLinked(events);
        Assert.Equal(Start.ToUnixTimeMilliseconds(), events[1].OccurredAtMs);
        Assert.Equal(Start.AddSeconds(5).ToUnixTimeMilliseconds(), events[2].OccurredAtMs);
        await AssertHeadAsync(test, "practice-a", events[^1]);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AppendAsync_Record_StoredAsGiven(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var log = new AuditLog(new FakeTimeProvider(Start));
        var record = new AuditRecord("practice-a", AuditActors.Patient, "pt-1", "message.create",
            "message", "msg-9", "body,language", "treatment", "failure", "198.51.100.4");

        await test.AppendAsync(log, record);

        var stored = Assert.Single(await EventsAsync(test, "practice-a"));
        Assert.Equal(
            new AuditEntry(1, "practice-a", Start.ToUnixTimeMilliseconds(), "patient", "pt-1",
                "message.create", "message", "msg-9", "body,language", "treatment", "failure",
                "198.51.100.4", AuditChain.GenesisHash, stored.Hash),
            ToEntry(stored));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AppendAsync_RolledBack_StoresNothingAndChainResumes(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var log = new AuditLog(new FakeTimeProvider(Start));
        await test.AppendAsync(log, Records.Reads("practice-a", 1));
        await using (var db = test.Database.CreateContext())
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            await log.AppendAsync(db, Records.Reads("practice-a", 2, first: 2), default);
            await db.SaveChangesAsync();
            await transaction.RollbackAsync();
        }

        await test.AppendAsync(log, Records.Reads("practice-a", 1, first: 9));

        var events = await EventsAsync(test, "practice-a");
        Assert.Equal([1L, 2], events.Select(e => e.Sequence));
        Assert.Equal(["msg-1", "msg-9"], events.Select(e => e.ResourceId));
        AssertLinked(events);
        await AssertHeadAsync(test, "practice-a", events[^1]);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AppendAsync_PracticesMixed_EachChainIndependent(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var log = new AuditLog(new FakeTimeProvider(Start));

        await test.AppendAsync(log, Records.Read("practice-b", "m1"),
            Records.Read("practice-a", "m2"), Records.Read("practice-b", "m3"));
        await test.AppendAsync(log, Records.Read("practice-a", "m4"));

        var a = await EventsAsync(test, "practice-a");
        var b = await EventsAsync(test, "practice-b");
        Assert.Equal(["m2", "m4"], a.Select(e => e.ResourceId));
        Assert.Equal(["m1", "m3"], b.Select(e => e.ResourceId));
        AssertLinked(a);
        AssertLinked(b);
        await AssertHeadAsync(test, "practice-a", a[^1]);
        await AssertHeadAsync(test, "practice-b", b[^1]);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AppendAsync_ConcurrentTransactions_OneUnbrokenChain(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var log = new AuditLog(new FakeTimeProvider(Start));

        var writers = Enumerable.Range(0, 4).Select(w => Task.Run(async () =>
        {
            for (var i = 0; i < 5; i++)
            {
                await test.AppendAsync(log, Records.Read("practice-a", $"w{w}-{i}"));
            }
        }));
        await Task.WhenAll(writers);

        var events = await EventsAsync(test, "practice-a");
        Assert.Equal(Enumerable.Range(1, 20).Select(i => (long)i), events.Select(e => e.Sequence));
        Assert.Equal(20, events.Select(e => e.ResourceId).Distinct().Count());
        AssertLinked(events);
        await AssertHeadAsync(test, "practice-a", events[^1]);
    }

    // The chain rules of DESIGN.md: the first event follows the genesis hash, every later one
    // names its predecessor's hash, and each hash covers the event's own content.
    private static void AssertLinked(List<AuditEventRow> events)
    {
        var previous = AuditChain.GenesisHash;
        foreach (var row in events)
        {
            Assert.Equal(previous, row.PreviousHash);
            Assert.Equal(AuditChain.ComputeHash(ToEntry(row)), row.Hash);
            previous = row.Hash;
        }
    }

    private static async Task AssertHeadAsync(
        TestDatabase test, string practice, AuditEventRow last)
    {
        await using var db = test.Database.CreateContext();
        var head = await db.ChainHeads.SingleAsync(h => h.PracticeId == practice);
        Assert.Equal(last.Sequence, head.Sequence);
        Assert.Equal(last.Hash, head.Hash);
    }

    private static async Task<List<AuditEventRow>> EventsAsync(TestDatabase test, string practice)
    {
        await using var db = test.Database.CreateContext();
        return await db.AuditEvents.AsNoTracking().Where(e => e.PracticeId == practice)
            .OrderBy(e => e.Sequence).ToListAsync();
    }

    private static AuditEntry ToEntry(AuditEventRow r) => new(
        r.Sequence, r.PracticeId, r.OccurredAtMs, r.ActorType, r.ActorId, r.Action,
        r.ResourceType, r.ResourceId, r.Fields, r.Purpose, r.Outcome, r.SourceAddress,
        r.PreviousHash, r.Hash);
}
