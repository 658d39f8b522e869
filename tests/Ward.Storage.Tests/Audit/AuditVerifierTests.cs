using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Ward.Security.Audit;
using Ward.Storage.Audit;

namespace Ward.Storage.Tests.Audit;

public sealed class AuditVerifierTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task VerifyAsync_EmptyDatabase_Intact(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);

        var result = await new AuditVerifier(test.Database).VerifyAsync(CancellationToken.None);

        Assert.True(result.Intact);
        Assert.Equal(0, result.EventsChecked);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task VerifyAsync_AppendsInSeveralTransactions_Intact(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var log = NewLog();
        await test.AppendAsync(log, Records.Reads("practice-a", 2));
        await test.AppendAsync(log, Records.Reads("practice-b", 1));
        await test.AppendAsync(log, Records.Reads("practice-a", 3, first: 3));

        var result = await new AuditVerifier(test.Database).VerifyAsync(CancellationToken.None);

        Assert.True(result.Intact, result.FirstBreak?.Reason);
        Assert.Equal(6, result.EventsChecked);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task VerifyAsync_EventEditedWithGuardDropped_NamesIt(string provider)
    {
        await using var test = await WithEventsAsync(provider, 4);
        await test.DropAuditGuardAsync();

        await test.ExecuteAsync("UPDATE audit_events SET resource_id = 'msg-other' " +
            "WHERE practice_id = 'practice-a' AND sequence = 2");
        var result = await new AuditVerifier(test.Database).VerifyAsync(CancellationToken.None);

        AssertBreak(result, "practice-a", 2);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task VerifyAsync_EventDeletedWithGuardDropped_NamesTheNext(string provider)
    {
        await using var test = await WithEventsAsync(provider, 4);
        await test.DropAuditGuardAsync();

        await test.ExecuteAsync(
            "DELETE FROM audit_events WHERE practice_id = 'practice-a' AND sequence = 2");
        var result = await new AuditVerifier(test.Database).VerifyAsync(CancellationToken.None);

        AssertBreak(result, "practice-a", 3);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task VerifyAsync_TailDeletedWithGuardDropped_NamesFirstMissing(string provider)
    {
        await using var test = await WithEventsAsync(provider, 4);
        await test.DropAuditGuardAsync();

        await test.ExecuteAsync(
            "DELETE FROM audit_events WHERE practice_id = 'practice-a' AND sequence >= 3");
        var result = await new AuditVerifier(test.Database).VerifyAsync(CancellationToken.None);

        AssertBreak(result, "practice-a", 3);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task VerifyAsync_OnePracticeEdited_NamesOnlyThatPractice(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var log = NewLog();
        for (var i = 1; i <= 3; i++)
        {
            await test.AppendAsync(log, Records.Read("practice-a", $"a{i}"),
                Records.Read("practice-b", $"b{i}"), Records.Read("practice-c", $"c{i}"));
        }

        await test.DropAuditGuardAsync();
        await test.ExecuteAsync("UPDATE audit_events SET purpose = 'marketing' " +
            "WHERE practice_id = 'practice-c' AND sequence = 3");
        var result = await new AuditVerifier(test.Database).VerifyAsync(CancellationToken.None);

        AssertBreak(result, "practice-c", 3);
    }

    // chain_heads exists so that verification can compare the recorded head with the last event
    // (ChainHeadRow). Someone who edits the newest event and recomputes its hash leaves a chain
    // that is consistent in itself; only the head still holds the original hash.
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task VerifyAsync_LastEventResealedWithGuardDropped_NamesIt(string provider)
    {
        await using var test = await WithEventsAsync(provider, 3);
        await test.DropAuditGuardAsync();
        var forged = await ResealedLastAsync(test, "practice-a");

        await test.ExecuteAsync($"UPDATE audit_events SET purpose = '{forged.Purpose}', " +
            $"hash = '{forged.Hash}' WHERE practice_id = 'practice-a' AND sequence = 3");
        var result = await new AuditVerifier(test.Database).VerifyAsync(CancellationToken.None);

        AssertBreak(result, "practice-a", 3);
    }

    private static async Task<AuditEntry> ResealedLastAsync(TestDatabase test, string practice)
    {
        await using var db = test.Database.CreateContext();
        var last = await db.AuditEvents.AsNoTracking().Where(e => e.PracticeId == practice)
            .OrderByDescending(e => e.Sequence).FirstAsync();
        return AuditChain.Seal(AuditMapping.ToEntry(last) with { Purpose = "marketing" });
    }

    private static AuditLog NewLog() =>
        new(new FakeTimeProvider(DateTimeOffset.FromUnixTimeMilliseconds(1_764_777_600_000)));

    private static async Task<TestDatabase> WithEventsAsync(string provider, int count)
    {
        var test = await TestDatabase.CreateAsync(provider);
        await test.AppendAsync(NewLog(), Records.Reads("practice-a", count));
        return test;
    }

    private static void AssertBreak(AuditVerification result, string practice, long sequence)
    {
        Assert.False(result.Intact);
        var broken = Assert.IsType<AuditBreak>(result.FirstBreak);
        Assert.Equal(practice, broken.PracticeId);
        Assert.Equal(sequence, broken.Sequence);
    }
}
