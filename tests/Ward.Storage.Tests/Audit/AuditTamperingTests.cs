using System.Security.Cryptography;
using Microsoft.Extensions.Time.Testing;
using Ward.Security.Audit;
using Ward.Storage.Audit;

namespace Ward.Storage.Tests.Audit;

/// <summary>Each kind of tampering, done on the database itself, is named by the verifier at
/// the event where it shows.</summary>
public sealed class AuditTamperingTests
{
    private static readonly DateTimeOffset Start = DateTimeOffset.FromUnixTimeMilliseconds(
        1_764_777_600_000);

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task VerifyAsync_ForgedEventAppendedBeyondHead_NamesIt(string provider)
    {
        await using var test = await WithEventsAsync(provider, 4);
        var last = await Tampering.EntryAsync(test, "practice-a", 4);

        await Tampering.InsertAsync(test, AuditChain.Seal(last with
        {
            Sequence = 5, ActorId = "intruder", PreviousHash = last.Hash,
        }));
        var result = await VerifyAsync(test);

        AssertBreak(result, "practice-a", 5,
            "the chain's last event does not match its recorded head (rewritten)");
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task VerifyAsync_ForgedEventInPlaceOfADeletedOne_NamesTheNext(string provider)
    {
        await using var test = await WithEventsAsync(provider, 4);
        await test.DropAuditGuardAsync();
        var original = await Tampering.EntryAsync(test, "practice-a", 3);

        await test.ExecuteAsync(
            "DELETE FROM audit_events WHERE practice_id = 'practice-a' AND sequence = 3");
        await Tampering.InsertAsync(test, AuditChain.Seal(original with { ActorId = "intruder" }));
        var result = await VerifyAsync(test);

        AssertBreak(result, "practice-a", 4, "previous hash does not match the event before it");
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task VerifyAsync_TwoEventsContentsSwapped_NamesTheFirst(string provider)
    {
        await using var test = await WithEventsAsync(provider, 4);
        await test.DropAuditGuardAsync();
        var second = await Tampering.EntryAsync(test, "practice-a", 2);
        var third = await Tampering.EntryAsync(test, "practice-a", 3);

        await Tampering.OverwriteAsync(test, "practice-a", 2, third);
        await Tampering.OverwriteAsync(test, "practice-a", 3, second);
        var result = await VerifyAsync(test);

        AssertBreak(result, "practice-a", 2, "previous hash does not match the event before it");
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task VerifyAsync_TailRewrittenWithNewHashes_NamesItAgainstTheHead(string provider)
    {
        await using var test = await WithEventsAsync(provider, 4);
        await test.DropAuditGuardAsync();
        var third = AuditChain.Seal(
            await Tampering.EntryAsync(test, "practice-a", 3) with { Purpose = "marketing" });
        var fourth = AuditChain.Seal(
            await Tampering.EntryAsync(test, "practice-a", 4) with { PreviousHash = third.Hash });

        await Tampering.OverwriteAsync(test, "practice-a", 3, third);
        await Tampering.OverwriteAsync(test, "practice-a", 4, fourth);
        var result = await VerifyAsync(test);

        AssertBreak(result, "practice-a", 4,
            "the chain's last event does not match its recorded head (rewritten)");
    }

    // No trigger needs to go: a checkpoint row is enough for the database to allow the delete,
    // and only its signature tells a forged one from a real one.
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task VerifyAsync_ForgedCheckpointHidesADeletion_NamesTheCheckpoint(
        string provider)
    {
        await using var test = await WithEventsAsync(provider, 4);
        using var signing = await StoredSigningKey.CreateAsync(test);
        var second = await Tampering.EntryAsync(test, "practice-a", 2);
        var stolen = Convert.ToBase64String(RandomNumberGenerator.GetBytes(64));

        await Tampering.InsertAsync(test, new AuditCheckpoint("practice-a", 2, second.Hash,
            second.OccurredAtMs, second.OccurredAtMs, signing.KeyId, stolen));
        await test.ExecuteAsync(
            "DELETE FROM audit_events WHERE practice_id = 'practice-a' AND sequence <= 2");
        var result = await VerifyAsync(test, signing);

        AssertBreak(result, "practice-a", 2, "checkpoint at 2 is not signed by a Ward key");
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task VerifyAsync_CheckpointByAKeyAddedWithoutTheMasterKey_NamesIt(
        string provider)
    {
        await using var test = await WithEventsAsync(provider, 4);
        using var signing = await StoredSigningKey.CreateAsync(test);
        var forged = await ForgeKeyAndCheckpointAsync(test, sequence: 2);

        await Tampering.InsertAsync(test, forged);
        await test.ExecuteAsync(
            "DELETE FROM audit_events WHERE practice_id = 'practice-a' AND sequence <= 2");
        var result = await VerifyAsync(test, signing);

        AssertBreak(result, "practice-a", 2, "checkpoint at 2 is not signed by a Ward key");
    }

    // Without the master key the verifier can only trust the stored public keys, so a key row
    // added by someone with write access passes; AuditVerifier's remarks say so.
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task VerifyAsync_WithoutMasterKey_TrustsEveryStoredKey(string provider)
    {
        await using var test = await WithEventsAsync(provider, 4);
        var forged = await ForgeKeyAndCheckpointAsync(test, sequence: 2);

        await Tampering.InsertAsync(test, forged);
        await test.ExecuteAsync(
            "DELETE FROM audit_events WHERE practice_id = 'practice-a' AND sequence <= 2");
        var result = await new AuditVerifier(test.Database).VerifyAsync(CancellationToken.None);

        Assert.True(result.Intact);
    }

    // Key rotation leaves signing keys wrapped by earlier master keys until they are rewrapped;
    // the verifier finds each by the id the key names.
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task VerifyAsync_KeysUnderSeveralMasterKeys_TrustsEachUnderItsOwn(
        string provider)
    {
        await using var test = await WithEventsAsync(provider, 4);
        using var older = await StoredSigningKey.CreateAsync(test);
        using var newer = await StoredSigningKey.CreateAsync(test);
        await test.AppendAsync(Log(Start.AddHours(36)), Records.Read("practice-a", "msg-5"));
        await test.AppendAsync(Log(Start.AddDays(3)), Records.Read("practice-a", "msg-6"));
        await PurgeAsync(test, older, Start.AddDays(1));
        await PurgeAsync(test, newer, Start.AddDays(2));
        var masters = new[] { older.Master, newer.Master }.ToDictionary(m => m.Id);

        var result = await new AuditVerifier(test.Database, id => masters.GetValueOrDefault(id))
            .VerifyAsync(CancellationToken.None);

        Assert.True(result.Intact, result.FirstBreak?.Reason);
        Assert.Equal(1, result.EventsChecked);
        Assert.Equal([older.KeyId, newer.KeyId],
            (await AuditStore.CheckpointsAsync(test)).Select(c => c.KeyId));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task VerifyAsync_CheckpointDeletedAfterAPurge_NamesTheFirstRemaining(
        string provider)
    {
        await using var test = await WithEventsAsync(provider, 4);
        using var signing = await StoredSigningKey.CreateAsync(test);
        await PurgeAsync(test, signing, Start.AddDays(1));
        await test.AppendAsync(Log(Start.AddDays(2)), Records.Read("practice-a", "msg-5"));
        await Tampering.DropCheckpointGuardAsync(test);

        await test.ExecuteAsync("DELETE FROM audit_checkpoints");
        var result = await VerifyAsync(test, signing);

        AssertBreak(result, "practice-a", 5,
            "expected sequence 1 (events deleted, inserted or reordered)");
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task VerifyAsync_CheckpointHashEdited_NamesTheCheckpoint(string provider)
    {
        await using var test = await WithEventsAsync(provider, 4);
        using var signing = await StoredSigningKey.CreateAsync(test);
        await test.AppendAsync(Log(Start.AddDays(2)), Records.Read("practice-a", "msg-5"));
        await PurgeAsync(test, signing, Start.AddDays(1));
        await Tampering.DropCheckpointGuardAsync(test);

        await test.ExecuteAsync($"UPDATE audit_checkpoints SET hash = '{new string('a', 64)}'");
        var result = await VerifyAsync(test, signing);

        AssertBreak(result, "practice-a", 4, "checkpoint at 4 is not signed by a Ward key");
    }

    private static async Task<AuditCheckpoint> ForgeKeyAndCheckpointAsync(
        TestDatabase test, long sequence)
    {
        using var own = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var publicKey = own.ExportSubjectPublicKeyInfo();
        var id = AuditSigningKey.KeyIdOf(publicKey);
        await using (var db = test.Database.CreateContext())
        {
            AuditSigningKeys.Add(db, new WrappedSigningKey(id, "0000000000000000",
                RandomNumberGenerator.GetBytes(100), publicKey), createdAtMs: 0);
            await db.SaveChangesAsync();
        }

        var target = await Tampering.EntryAsync(test, "practice-a", sequence);
        return AuditCheckpointSigner.Sign("practice-a", sequence, target.Hash,
            target.OccurredAtMs, target.OccurredAtMs, id, own);
    }

    private static async Task PurgeAsync(
        TestDatabase test, StoredSigningKey signing, DateTimeOffset cutoff)
    {
        await using var db = test.Database.CreateContext();
        await using var transaction = await db.Database.BeginTransactionAsync();
        await new AuditRetention(new FakeTimeProvider(cutoff)).PurgeAsync(db, "practice-a",
            cutoff.ToUnixTimeMilliseconds(), signing.Key, signing.KeyId, CancellationToken.None);
        await transaction.CommitAsync();
    }

    private static AuditLog Log(DateTimeOffset at) => new(new FakeTimeProvider(at));

    private static async Task<TestDatabase> WithEventsAsync(string provider, int count)
    {
        var test = await TestDatabase.CreateAsync(provider);
        await test.AppendAsync(Log(Start), Records.Reads("practice-a", count));
        return test;
    }

    private static Task<AuditVerification> VerifyAsync(
        TestDatabase test, StoredSigningKey? signing = null) =>
        (signing is null ? new AuditVerifier(test.Database)
            : new AuditVerifier(test.Database, signing.Master))
        .VerifyAsync(CancellationToken.None);

    private static void AssertBreak(
        AuditVerification result, string practice, long sequence, string reason)
    {
        var broken = Assert.IsType<AuditBreak>(result.FirstBreak);
        Assert.Equal(new AuditBreak(practice, sequence, reason), broken);
    }
}
