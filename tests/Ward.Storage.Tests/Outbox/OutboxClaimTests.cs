using Ward.Storage.Outbox;

namespace Ward.Storage.Tests.Outbox;

public sealed class OutboxClaimTests
{
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(30);

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ClaimAsync_MixedRows_ReturnsDuePendingByPriorityThenId(string provider)
    {
        await using var f = await OutboxFixture.CreateAsync(provider);
        var routine1 = await f.AddAsync(priority: 10);
        var emergency1 = await f.AddAsync(priority: 100);
        var routine2 = await f.AddAsync(priority: 10, dueInMs: -60_000);
        var emergency2 = await f.AddAsync(priority: 100);
        await f.AddAsync(priority: 100, dueInMs: 1);
        await f.AddAsync(priority: 100, status: OutboxStatus.Sent);
        await f.AddAsync(priority: 100, status: OutboxStatus.Dead);
        await f.AddAsync(priority: 100, leaseUntilMs: f.Now + 1);

        var claimed = await f.Store.ClaimAsync(10, Lease, CancellationToken.None);

        Assert.Equal([emergency1, emergency2, routine1, routine2], claimed.Select(r => r.Id));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ClaimAsync_MoreDueThanMax_TakesTheMostUrgentFirst(string provider)
    {
        await using var f = await OutboxFixture.CreateAsync(provider);
        var routine = await f.AddAsync(priority: 10);
        var emergency = await f.AddAsync(priority: 100);
        var low = await f.AddAsync(priority: 0);

        var first = await f.Store.ClaimAsync(2, Lease, CancellationToken.None);
        var second = await f.Store.ClaimAsync(2, Lease, CancellationToken.None);

        Assert.Equal([emergency, routine], first.Select(r => r.Id));
        Assert.Equal([low], second.Select(r => r.Id));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ClaimAsync_DueRow_SetsLeaseAndCountsAttempt(string provider)
    {
        await using var f = await OutboxFixture.CreateAsync(provider);
        var id = await f.AddAsync(priority: 10);

        var claimed = Assert.Single(await f.Store.ClaimAsync(5, Lease, CancellationToken.None));

        Assert.Equal(id, claimed.Id);
        Assert.Equal(1, claimed.Attempts);
        Assert.Equal(f.Now + 30_000, claimed.LeaseUntilMs);
        Assert.Equal(OutboxStatus.Pending, claimed.Status);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ClaimAsync_WithinLease_NotClaimedAgain(string provider)
    {
        await using var f = await OutboxFixture.CreateAsync(provider);
        await f.AddAsync(priority: 10);
        await f.Store.ClaimAsync(5, Lease, CancellationToken.None);

        f.Time.Advance(Lease - TimeSpan.FromMilliseconds(1));
        var again = await f.Store.ClaimAsync(5, Lease, CancellationToken.None);

        Assert.Empty(again);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ClaimAsync_LeaseRunOut_ClaimedAgain(string provider)
    {
        await using var f = await OutboxFixture.CreateAsync(provider);
        var id = await f.AddAsync(priority: 10);
        await f.Store.ClaimAsync(5, Lease, CancellationToken.None);

        f.Time.Advance(Lease + TimeSpan.FromMilliseconds(1));
        var again = await f.Store.ClaimAsync(5, Lease, CancellationToken.None);

        var row = Assert.Single(again);
        Assert.Equal(id, row.Id);
        Assert.Equal(2, row.Attempts);
        Assert.Equal(f.Now + 30_000, row.LeaseUntilMs);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ClaimAsync_NothingDue_ReturnsEmpty(string provider)
    {
        await using var f = await OutboxFixture.CreateAsync(provider);
        await f.AddAsync(priority: 100, dueInMs: 5_000);

        var claimed = await f.Store.ClaimAsync(5, Lease, CancellationToken.None);

        Assert.Empty(claimed);
    }

    // Several instances claim side by side (DESIGN.md, Storage and scale); on PostgreSQL with
    // FOR UPDATE SKIP LOCKED. No row may be handed to two workers.
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ClaimAsync_ConcurrentWorkers_NeverShareARow(string provider)
    {
        await using var f = await OutboxFixture.CreateAsync(provider);
        var ids = new List<long>();
        for (var i = 0; i < 60; i++)
        {
            ids.Add(await f.AddAsync(priority: i % 3 * 10));
        }

        var workers = Enumerable.Range(0, 6).Select(_ => Task.Run(() => DrainAsync(f)));
        var claimed = (await Task.WhenAll(workers)).SelectMany(c => c).ToList();

        Assert.Equal(claimed.Count, claimed.Distinct().Count());
        Assert.Equal(ids.Order(), claimed.Order());
    }

    private static async Task<List<long>> DrainAsync(OutboxFixture f)
    {
        var mine = new List<long>();
        for (var round = 0; round < 100; round++)
        {
            var rows = await f.Store.ClaimAsync(4, TimeSpan.FromHours(1), CancellationToken.None);
            if (rows.Count == 0)
            {
                break;
            }

            mine.AddRange(rows.Select(r => r.Id));
        }

        return mine;
    }
}
