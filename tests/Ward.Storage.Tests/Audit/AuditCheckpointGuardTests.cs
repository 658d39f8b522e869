using System.Data.Common;
using Microsoft.Extensions.Time.Testing;
using Ward.Security.Audit;
using Ward.Storage.Audit;

namespace Ward.Storage.Tests.Audit;

/// <summary>The database's own rules (migration AuditRetention): an event may be deleted only
/// below a checkpoint of its practice, never updated; checkpoints never change.</summary>
public sealed class AuditCheckpointGuardTests
{
    private static readonly DateTimeOffset Old = DateTimeOffset.FromUnixTimeMilliseconds(
        1_600_000_000_000);

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AuditEvents_DeleteAboveTheCheckpoint_Refused(string provider)
    {
        await using var test = await WithCheckpointAtAsync(provider, 2, events: 4);

        var act = () => test.ExecuteAsync(
            "DELETE FROM audit_events WHERE practice_id = 'practice-a' AND sequence = 3");

        await Assert.ThrowsAnyAsync<DbException>(act);
        Assert.Equal(4, (await AuditStore.EventsAsync(test, "practice-a")).Count);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AuditEvents_DeleteOfAnotherPracticeBelowTheSequence_Refused(string provider)
    {
        await using var test = await WithCheckpointAtAsync(provider, 2, events: 4);
        await test.AppendAsync(Log(), Records.Reads("practice-b", 2));

        var act = () => test.ExecuteAsync(
            "DELETE FROM audit_events WHERE practice_id = 'practice-b' AND sequence = 1");

        await Assert.ThrowsAnyAsync<DbException>(act);
        Assert.Equal(2, (await AuditStore.EventsAsync(test, "practice-b")).Count);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AuditEvents_DeleteAtOrBelowTheCheckpoint_Allowed(string provider)
    {
        await using var test = await WithCheckpointAtAsync(provider, 2, events: 4);

        var deleted = await test.ExecuteAsync(
            "DELETE FROM audit_events WHERE practice_id = 'practice-a' AND sequence <= 2");

        Assert.Equal(2, deleted);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AuditEvents_UpdateBelowTheCheckpoint_Refused(string provider)
    {
        await using var test = await WithCheckpointAtAsync(provider, 2, events: 4);

        var act = () => test.ExecuteAsync("UPDATE audit_events SET purpose = 'marketing' " +
            "WHERE practice_id = 'practice-a' AND sequence = 1");

        await Assert.ThrowsAnyAsync<DbException>(act);
        Assert.Equal("treatment", (await AuditStore.EventsAsync(test, "practice-a"))[0].Purpose);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AuditCheckpoints_Update_Refused(string provider)
    {
        await using var test = await WithCheckpointAtAsync(provider, 2, events: 4);
        var before = await AuditStore.CheckpointsAsync(test);

        var act = () => test.ExecuteAsync("UPDATE audit_checkpoints SET sequence = 3");

        await Assert.ThrowsAnyAsync<DbException>(act);
        Assert.Equal(before, await AuditStore.CheckpointsAsync(test));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AuditCheckpoints_Delete_Refused(string provider)
    {
        await using var test = await WithCheckpointAtAsync(provider, 2, events: 4);

        var act = () => test.ExecuteAsync(test.IsPostgres
            ? "TRUNCATE audit_checkpoints"
            : "DELETE FROM audit_checkpoints");

        await Assert.ThrowsAnyAsync<DbException>(act);
        Assert.Single(await AuditStore.CheckpointsAsync(test));
    }

    private static AuditLog Log() => new(new FakeTimeProvider(Old));

    private static async Task<TestDatabase> WithCheckpointAtAsync(
        string provider, long sequence, int events)
    {
        var test = await TestDatabase.CreateAsync(provider);
        await test.AppendAsync(Log(), Records.Reads("practice-a", events));
        using var signing = await StoredSigningKey.CreateAsync(test);
        var entry = await Tampering.EntryAsync(test, "practice-a", sequence);
        await Tampering.InsertAsync(test, AuditCheckpointSigner.Sign("practice-a", sequence,
            entry.Hash, entry.OccurredAtMs, entry.OccurredAtMs, signing.KeyId, signing.Key));
        return test;
    }
}
