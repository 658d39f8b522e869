using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Ward.Security.Audit;
using Ward.Storage.Audit;

namespace Ward.Storage.Tests.Audit;

public sealed class AuditRetentionTests
{
    private static readonly DateTimeOffset Old = DateTimeOffset.FromUnixTimeMilliseconds(
        1_600_000_000_000);

    private static readonly DateTimeOffset Recent = Old.AddDays(6 * 366);

    private static readonly DateTimeOffset Now = Recent.AddDays(30);

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task PurgeAsync_EventsBeforeCutoff_DeletesExactlyThemAndVerifies(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        using var signing = await StoredSigningKey.CreateAsync(test);
        await AppendAsync(test, Old, Records.Reads("practice-a", 3));
        await AppendAsync(test, Recent, Records.Reads("practice-a", 2, first: 4));
        var third = (await AuditStore.EventsAsync(test, "practice-a"))[2];

        var result = await PurgeAsync(test, signing, "practice-a", Recent);

        Assert.Equal(3, result.EventsPurged);
        var checkpoint = Assert.IsType<AuditCheckpoint>(result.Checkpoint);
        Assert.Equal(("practice-a", 3L, third.Hash), (checkpoint.PracticeId, checkpoint.Sequence,
            checkpoint.Hash));
        Assert.Equal((Old.ToUnixTimeMilliseconds(), Now.ToUnixTimeMilliseconds(), signing.KeyId),
            (checkpoint.OccurredAtMs, checkpoint.CreatedAtMs, checkpoint.KeyId));
        Assert.True(AuditCheckpointSigner.IsValid(checkpoint, signing.Key));
        Assert.Equal([4L, 5], await AuditStore.SequencesAsync(test, "practice-a"));
        Assert.Equal([checkpoint], await AuditStore.CheckpointsAsync(test));
        await AssertIntactAsync(test, signing, events: 2);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task PurgeAsync_NothingBeforeCutoff_PurgesNothing(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        using var signing = await StoredSigningKey.CreateAsync(test);
        await AppendAsync(test, Recent, Records.Reads("practice-a", 3));

        var result = await PurgeAsync(test, signing, "practice-a", Recent);

        Assert.Equal(new AuditPurgeResult("practice-a", 0, null), result);
        Assert.Equal(3, (await AuditStore.EventsAsync(test, "practice-a")).Count);
        Assert.Empty(await AuditStore.CheckpointsAsync(test));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task PurgeAsync_Twice_ChainStillVerifies(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        using var signing = await StoredSigningKey.CreateAsync(test);
        await AppendAsync(test, Old, Records.Reads("practice-a", 2));
        await AppendAsync(test, Old.AddDays(1), Records.Reads("practice-a", 3, first: 3));
        await AppendAsync(test, Recent, Records.Reads("practice-a", 1, first: 6));

        var first = await PurgeAsync(test, signing, "practice-a", Old.AddDays(1));
        var second = await PurgeAsync(test, signing, "practice-a", Recent);

        Assert.Equal((2L, 2L), (first.EventsPurged, first.Checkpoint!.Sequence));
        Assert.Equal((3L, 5L), (second.EventsPurged, second.Checkpoint!.Sequence));
        Assert.Equal([6L], await AuditStore.SequencesAsync(test, "practice-a"));
        await AssertIntactAsync(test, signing, events: 1);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task PurgeAsync_EveryEventOld_ChainVerifiesAndResumes(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        using var signing = await StoredSigningKey.CreateAsync(test);
        await AppendAsync(test, Old, Records.Reads("practice-a", 4));

        var result = await PurgeAsync(test, signing, "practice-a", Recent);

        Assert.Equal(4, result.EventsPurged);
        Assert.Empty(await AuditStore.EventsAsync(test, "practice-a"));
        await AssertIntactAsync(test, signing, events: 0);
        await AppendAsync(test, Now, Records.Reads("practice-a", 1, first: 5));
        await AssertIntactAsync(test, signing, events: 1);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task PurgeAsync_OnePractice_OthersUntouched(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        using var signing = await StoredSigningKey.CreateAsync(test);
        await AppendAsync(test, Old,
            [.. Records.Reads("practice-a", 2), .. Records.Reads("practice-b", 2)]);

        var result = await PurgeAsync(test, signing, "practice-a", Recent);

        Assert.Equal(2, result.EventsPurged);
        Assert.Empty(await AuditStore.EventsAsync(test, "practice-a"));
        Assert.Equal(2, (await AuditStore.EventsAsync(test, "practice-b")).Count);
        await AssertIntactAsync(test, signing, events: 2);
    }

    // HIPAA 164.316(b)(2)(i): nothing younger than the retention period may go. When clocks of
    // two instances disagreed, an old event can follow a younger one; the purge stops before the
    // younger one.
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task PurgeAsync_OldEventAfterAYoungerOne_StopsBeforeTheYoungerOne(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        using var signing = await StoredSigningKey.CreateAsync(test);
        await AppendAsync(test, Old, Records.Reads("practice-a", 1));
        await AppendAsync(test, Recent, Records.Reads("practice-a", 1, first: 2));
        await AppendAsync(test, Old.AddDays(1), Records.Reads("practice-a", 1, first: 3));

        var result = await PurgeAsync(test, signing, "practice-a", Old.AddDays(2));

        Assert.Equal((1L, 1L), (result.EventsPurged, result.Checkpoint!.Sequence));
        Assert.Equal([2L, 3], await AuditStore.SequencesAsync(test, "practice-a"));
        await AssertIntactAsync(test, signing, events: 2);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task PurgeAsync_TamperedOldEvent_RefusedAndNothingDeleted(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        using var signing = await StoredSigningKey.CreateAsync(test);
        await AppendAsync(test, Old, Records.Reads("practice-a", 3));
        await test.DropAuditGuardAsync();
        await test.ExecuteAsync("UPDATE audit_events SET purpose = 'marketing' " +
            "WHERE practice_id = 'practice-a' AND sequence = 2");

        var act = () => PurgeAsync(test, signing, "practice-a", Recent);

        await Assert.ThrowsAsync<InvalidOperationException>(act);
        Assert.Equal(3, (await AuditStore.EventsAsync(test, "practice-a")).Count);
        Assert.Empty(await AuditStore.CheckpointsAsync(test));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task PurgeAsync_OutsideTransaction_Throws(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        using var signing = await StoredSigningKey.CreateAsync(test);
        await AppendAsync(test, Old, Records.Reads("practice-a", 2));
        await using var db = test.Database.CreateContext();

        var act = () => Retention().PurgeAsync(db, "practice-a",
            Recent.ToUnixTimeMilliseconds(), signing.Key, signing.KeyId, CancellationToken.None);

        await Assert.ThrowsAsync<InvalidOperationException>(act);
        Assert.Equal(2, (await AuditStore.EventsAsync(test, "practice-a")).Count);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task PurgeAsync_KeyIdOfAnotherKey_Throws(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        using var signing = await StoredSigningKey.CreateAsync(test);
        using var other = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        await AppendAsync(test, Old, Records.Reads("practice-a", 2));
        await using var db = test.Database.CreateContext();
        await using var transaction = await db.Database.BeginTransactionAsync();

        var act = () => Retention().PurgeAsync(db, "practice-a",
            Recent.ToUnixTimeMilliseconds(), other, signing.KeyId, CancellationToken.None);

        await Assert.ThrowsAsync<ArgumentException>(act);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task PurgeAsync_RolledBack_KeepsEverything(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        using var signing = await StoredSigningKey.CreateAsync(test);
        await AppendAsync(test, Old, Records.Reads("practice-a", 2));

        await using (var db = test.Database.CreateContext())
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            await Retention().PurgeAsync(db, "practice-a", Recent.ToUnixTimeMilliseconds(),
                signing.Key, signing.KeyId, CancellationToken.None);
            await transaction.RollbackAsync();
        }

        Assert.Equal(2, (await AuditStore.EventsAsync(test, "practice-a")).Count);
        Assert.Empty(await AuditStore.CheckpointsAsync(test));
    }

    private static AuditRetention Retention() => new(new FakeTimeProvider(Now));

    private static async Task<AuditPurgeResult> PurgeAsync(
        TestDatabase test, StoredSigningKey signing, string practice, DateTimeOffset cutoff)
    {
        await using var db = test.Database.CreateContext();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var result = await Retention().PurgeAsync(db, practice, cutoff.ToUnixTimeMilliseconds(),
            signing.Key, signing.KeyId, CancellationToken.None);
        await transaction.CommitAsync();
        return result;
    }

    private static Task AppendAsync(TestDatabase test, DateTimeOffset at, AuditRecord[] records) =>
        test.AppendAsync(new AuditLog(new FakeTimeProvider(at)), records);

    private static async Task AssertIntactAsync(
        TestDatabase test, StoredSigningKey signing, long events)
    {
        var result = await new AuditVerifier(test.Database, signing.Master)
            .VerifyAsync(CancellationToken.None);
        Assert.True(result.Intact, result.FirstBreak?.Reason);
        Assert.Equal(events, result.EventsChecked);
    }
}
