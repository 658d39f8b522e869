using System.Security.Cryptography;
using Ward.Security.Audit;

namespace Ward.Security.Tests.Audit;

public sealed class AuditChainCheckpointTests : IDisposable
{
    private readonly SigningFixture _signing = new();

    [Fact]
    public void Verify_PurgedUpToValidCheckpoint_Intact()
    {
        var chain = ChainBuilder.Chain("practice-a", 10);
        var heads = ChainBuilder.Heads(chain);
        var checkpoint = _signing.At(chain[3]);

        var result = Verify(chain[4..], heads, checkpoint);

        Assert.True(result.Intact, result.FirstBreak?.Reason);
        Assert.Equal(6, result.EventsChecked);
    }

    [Fact]
    public void Verify_TwoPurges_Intact()
    {
        var chain = ChainBuilder.Chain("practice-a", 10);
        var heads = ChainBuilder.Heads(chain);

        var result = Verify(chain[7..], heads, _signing.At(chain[2]), _signing.At(chain[6]));

        Assert.True(result.Intact, result.FirstBreak?.Reason);
        Assert.Equal(3, result.EventsChecked);
    }

    [Fact]
    public void Verify_PurgedWithoutCheckpoint_NamesTheFirstRemaining()
    {
        var chain = ChainBuilder.Chain("practice-a", 10);
        var heads = ChainBuilder.Heads(chain);

        var result = Verify(chain[4..], heads);

        AssertBreak(result, "practice-a", 5,
            "expected sequence 1 (events deleted, inserted or reordered)");
    }

    [Fact]
    public void Verify_CheckpointWithWrongHash_NamesTheFirstRemaining()
    {
        var chain = ChainBuilder.Chain("practice-a", 10);
        var heads = ChainBuilder.Heads(chain);
        var wrong = _signing.At(chain[3] with { Hash = new string('e', 64) });

        var result = Verify(chain[4..], heads, wrong);

        AssertBreak(result, "practice-a", 5, "previous hash does not match the checkpoint at 4");
    }

    [Fact]
    public void Verify_ForgedSignature_NamesTheCheckpoint()
    {
        var chain = ChainBuilder.Chain("practice-a", 10);
        var heads = ChainBuilder.Heads(chain);
        var genuine = _signing.At(chain[2]);
        var forged = _signing.At(chain[3]) with { Signature = genuine.Signature };

        var result = Verify(chain[4..], heads, forged);

        AssertBreak(result, "practice-a", 4, "checkpoint at 4 is not signed by a Ward key");
    }

    [Fact]
    public void Verify_CheckpointByUnknownKey_NamesTheCheckpoint()
    {
        var chain = ChainBuilder.Chain("practice-a", 10);
        var heads = ChainBuilder.Heads(chain);
        using var stranger = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var strangerId = AuditSigningKey.KeyIdOf(stranger.ExportSubjectPublicKeyInfo());
        var checkpoint = AuditCheckpointSigner.Sign("practice-a", 4, chain[3].Hash,
            chain[3].OccurredAtMs, SigningFixture.CreatedAtMs, strangerId, stranger);

        var result = Verify(chain[4..], heads, checkpoint);

        AssertBreak(result, "practice-a", 4, "checkpoint at 4 is not signed by a Ward key");
    }

    [Fact]
    public void Verify_KnownKeyIdOnOtherKeysSignature_NamesTheCheckpoint()
    {
        var chain = ChainBuilder.Chain("practice-a", 10);
        var heads = ChainBuilder.Heads(chain);
        using var stranger = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var checkpoint = AuditCheckpointSigner.Sign("practice-a", 4, chain[3].Hash,
            chain[3].OccurredAtMs, SigningFixture.CreatedAtMs, _signing.KeyId, stranger);

        var result = Verify(chain[4..], heads, checkpoint);

        AssertBreak(result, "practice-a", 4, "checkpoint at 4 is not signed by a Ward key");
    }

    [Fact]
    public void Verify_ForgedCheckpointOfAnIntactChain_StillNamed()
    {
        var chain = ChainBuilder.Chain("practice-a", 5);
        var heads = ChainBuilder.Heads(chain);
        var zeros = Convert.ToBase64String(new byte[64]);
        var forged = _signing.At(chain[1]) with { Signature = zeros };

        var result = Verify(chain, heads, forged);

        AssertBreak(result, "practice-a", 2, "checkpoint at 2 is not signed by a Ward key");
    }

    [Fact]
    public void Verify_GapAfterCheckpoint_NamesTheEventAfterTheGap()
    {
        var chain = ChainBuilder.Chain("practice-a", 10);
        var heads = ChainBuilder.Heads(chain);
        var checkpoint = _signing.At(chain[3]);

        var result = Verify(chain[5..], heads, checkpoint);

        AssertBreak(result, "practice-a", 6,
            "expected sequence 5 (events deleted, inserted or reordered)");
    }

    [Fact]
    public void Verify_AllPurgedAndCheckpointIsTheHead_Intact()
    {
        var chain = ChainBuilder.Chain("practice-a", 6);
        var heads = ChainBuilder.Heads(chain);

        var result = Verify([], heads, _signing.At(chain[5]));

        Assert.True(result.Intact, result.FirstBreak?.Reason);
        Assert.Equal(0, result.EventsChecked);
    }

    [Fact]
    public void Verify_AllGoneAndCheckpointBelowTheHead_NamesTheFirstMissing()
    {
        var chain = ChainBuilder.Chain("practice-a", 6);
        var heads = ChainBuilder.Heads(chain);

        var result = Verify([], heads, _signing.At(chain[3]));

        AssertBreak(result, "practice-a", 5, "events 5 to 6 are missing (chain truncated)");
    }

    [Fact]
    public void Verify_AllPurgedAndHeadRewritten_Named()
    {
        var chain = ChainBuilder.Chain("practice-a", 6);
        var heads = new Dictionary<string, ChainHead>
        {
            ["practice-a"] = new(6, new string('f', 64)),
        };

        var result = Verify([], heads, _signing.At(chain[5]));

        AssertBreak(result, "practice-a", 6,
            "the chain's last event does not match its recorded head (rewritten)");
    }

    [Fact]
    public void Verify_CheckpointBeyondTheLastEventAndHead_NamesTheFirstMissing()
    {
        var chain = ChainBuilder.Chain("practice-a", 8);
        var heads = ChainBuilder.Heads(chain[..5]);

        var result = Verify(chain[2..5], heads, _signing.At(chain[1]), _signing.At(chain[7]));

        AssertBreak(result, "practice-a", 6, "events 6 to 8 are missing (chain truncated)");
    }

    [Fact]
    public void Verify_CheckpointOverARewrittenEvent_NamesIt()
    {
        var chain = ChainBuilder.Chain("practice-a", 6);
        var checkpoint = _signing.At(chain[3]);
        chain[2] = AuditChain.Seal(chain[2] with { Purpose = "marketing" });
        ChainBuilder.Reseal(chain, 3);

        var result = Verify(chain, ChainBuilder.Heads(chain), checkpoint);

        AssertBreak(result, "practice-a", 4, "the event does not match the signed checkpoint at 4");
    }

    [Fact]
    public void Verify_CheckpointOverAnIntactRemainingEvent_Intact()
    {
        var chain = ChainBuilder.Chain("practice-a", 6);

        var result = Verify(chain, ChainBuilder.Heads(chain), _signing.At(chain[3]));

        Assert.True(result.Intact, result.FirstBreak?.Reason);
    }

    [Fact]
    public void Verify_CheckpointOfAChainWithoutHead_Named()
    {
        var a = ChainBuilder.Chain("practice-a", 3);
        var b = ChainBuilder.Chain("practice-b", 3);

        var result = Verify(a, ChainBuilder.Heads(a), _signing.At(b[2]));

        AssertBreak(result, "practice-b", 1,
            "a checkpoint exists for a chain that has no recorded head");
    }

    [Fact]
    public void Verify_OnePracticePurgedOtherNot_Intact()
    {
        var a = ChainBuilder.Chain("practice-a", 6);
        var b = ChainBuilder.Chain("practice-b", 3);

        var result = Verify([.. a[3..], .. b], ChainBuilder.Heads(a, b), _signing.At(a[2]));

        Assert.True(result.Intact, result.FirstBreak?.Reason);
        Assert.Equal(6, result.EventsChecked);
    }

    [Fact]
    public void Verify_CheckpointCopiedToAnotherPractice_Named()
    {
        var a = ChainBuilder.Chain("practice-a", 6);
        var b = ChainBuilder.Chain("practice-b", 6);
        var copied = _signing.At(a[2]) with { PracticeId = "practice-b", Hash = b[2].Hash };

        var result = Verify([.. a, .. b[3..]], ChainBuilder.Heads(a, b), copied);

        AssertBreak(result, "practice-b", 3, "checkpoint at 3 is not signed by a Ward key");
    }

    public void Dispose() => _signing.Dispose();

    private AuditVerification Verify(
        IEnumerable<AuditEntry> entries, Dictionary<string, ChainHead> heads,
        params AuditCheckpoint[] checkpoints) =>
        AuditChainVerifier.Verify(entries, heads, checkpoints, _signing.Trusted);

    private static void AssertBreak(
        AuditVerification result, string practice, long sequence, string reason)
    {
        var broken = Assert.IsType<AuditBreak>(result.FirstBreak);
        Assert.Equal(new AuditBreak(practice, sequence, reason), broken);
    }
}
