using Ward.Security.Audit;

namespace Ward.Security.Tests.Audit;

public sealed class AuditChainVerifierTests
{
    [Fact]
    public void Verify_IntactChain_Passes()
    {
        var chain = ChainBuilder.Chain("practice-a", 5);

        var result = AuditChainVerifier.Verify(chain, ChainBuilder.Heads(chain));

        Assert.True(result.Intact);
        Assert.Null(result.FirstBreak);
        Assert.Equal(5, result.EventsChecked);
    }

    [Fact]
    public void Verify_NoEventsAndEmptyHead_Passes()
    {
        var heads = new Dictionary<string, ChainHead>
        {
            ["practice-a"] = new(0, AuditChain.GenesisHash),
        };

        var result = AuditChainVerifier.Verify([], heads);

        Assert.True(result.Intact);
        Assert.Equal(0, result.EventsChecked);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(5)]
    public void Verify_EventEdited_NamesIt(int sequence)
    {
        var chain = ChainBuilder.Chain("practice-a", 5);
        var heads = ChainBuilder.Heads(chain);
        chain[sequence - 1] = chain[sequence - 1] with { Action = "message.delete" };

        var result = AuditChainVerifier.Verify(chain, heads);

        AssertBreak(result, "practice-a", sequence);
    }

    [Fact]
    public void Verify_EventEditedAndResealed_NamesTheNextEvent()
    {
        var chain = ChainBuilder.Chain("practice-a", 5);
        var heads = ChainBuilder.Heads(chain);
        chain[1] = AuditChain.Seal(chain[1] with { Purpose = "marketing" });

        var result = AuditChainVerifier.Verify(chain, heads);

        AssertBreak(result, "practice-a", 3);
    }

    [Fact]
    public void Verify_EventDeleted_NamesTheEventAfterTheGap()
    {
        var chain = ChainBuilder.Chain("practice-a", 5);
        var heads = ChainBuilder.Heads(chain);
        chain.RemoveAt(2);

        var result = AuditChainVerifier.Verify(chain, heads);

        AssertBreak(result, "practice-a", 4);
    }

    [Fact]
    public void Verify_FirstEventDeleted_NamesTheNewFirst()
    {
        var chain = ChainBuilder.Chain("practice-a", 3);
        var heads = ChainBuilder.Heads(chain);
        chain.RemoveAt(0);

        var result = AuditChainVerifier.Verify(chain, heads);

        AssertBreak(result, "practice-a", 2);
    }

    [Fact]
    public void Verify_ForgedEventInsertedWithSameSequence_NamesTheDisplacedEvent()
    {
        var chain = ChainBuilder.Chain("practice-a", 5);
        var heads = ChainBuilder.Heads(chain);
        var forged = AuditChain.Seal(
            ChainBuilder.Entry(3, "practice-a", chain[1].Hash) with { ActorId = "intruder" });
        chain.Insert(2, forged);

        var result = AuditChainVerifier.Verify(chain, heads);

        AssertBreak(result, "practice-a", 3);
    }

    [Fact]
    public void Verify_EventInsertedWithoutRenumbering_NamesIt()
    {
        var chain = ChainBuilder.Chain("practice-a", 5);
        var heads = ChainBuilder.Heads(chain);
        chain.Insert(2, chain[1] with { ActorId = "intruder" });

        var result = AuditChainVerifier.Verify(chain, heads);

        AssertBreak(result, "practice-a", 2);
    }

    [Fact]
    public void Verify_TwoEventsSwapped_NamesTheFirstOutOfPlace()
    {
        var chain = ChainBuilder.Chain("practice-a", 5);
        var heads = ChainBuilder.Heads(chain);
        (chain[1], chain[2]) = (chain[2], chain[1]);

        var result = AuditChainVerifier.Verify(chain, heads);

        AssertBreak(result, "practice-a", 3);
    }

    [Fact]
    public void Verify_TwoEventsSwappedAndRenumbered_Detected()
    {
        var chain = ChainBuilder.Chain("practice-a", 5);
        var heads = ChainBuilder.Heads(chain);
        (chain[1], chain[2]) = (chain[2] with { Sequence = 2 }, chain[1] with { Sequence = 3 });

        var result = AuditChainVerifier.Verify(chain, heads);

        AssertBreak(result, "practice-a", 2);
    }

    [Fact]
    public void Verify_LastEventsTruncated_NamesTheFirstMissing()
    {
        var chain = ChainBuilder.Chain("practice-a", 5);
        var heads = ChainBuilder.Heads(chain);
        chain.RemoveRange(3, 2);

        var result = AuditChainVerifier.Verify(chain, heads);

        AssertBreak(result, "practice-a", 4);
        Assert.Equal(3, result.EventsChecked);
    }

    [Fact]
    public void Verify_AllEventsTruncated_NamesTheFirst()
    {
        var chain = ChainBuilder.Chain("practice-a", 4);
        var heads = ChainBuilder.Heads(chain);

        var result = AuditChainVerifier.Verify([], heads);

        AssertBreak(result, "practice-a", 1);
    }

    [Fact]
    public void Verify_WrongPreviousHashResealed_NamesIt()
    {
        var chain = ChainBuilder.Chain("practice-a", 5);
        var heads = ChainBuilder.Heads(chain);
        chain[2] = AuditChain.Seal(chain[2] with { PreviousHash = new string('f', 64) });

        var result = AuditChainVerifier.Verify(chain, heads);

        AssertBreak(result, "practice-a", 3);
    }

    [Fact]
    public void Verify_FirstEventNotFromGenesis_NamesIt()
    {
        var chain = ChainBuilder.Chain("practice-a", 2);
        var heads = ChainBuilder.Heads(chain);
        chain[0] = AuditChain.Seal(chain[0] with { PreviousHash = new string('1', 64) });
        ChainBuilder.Reseal(chain, 1);

        var result = AuditChainVerifier.Verify(chain, heads);

        AssertBreak(result, "practice-a", 1);
    }

    [Fact]
    public void Verify_EventMovedToAnotherPractice_Detected()
    {
        var chain = ChainBuilder.Chain("practice-a", 3);
        var heads = ChainBuilder.Heads(chain);
        chain[0] = chain[0] with { PracticeId = "practice-b" };
        chain.Sort((x, y) => string.CompareOrdinal(x.PracticeId, y.PracticeId));

        var result = AuditChainVerifier.Verify(chain, heads);

        Assert.False(result.Intact);
    }

    // ChainHeadRow's contract: verification compares the head with the last event. A forger who
    // re-seals the tail, or appends beyond the recorded head, leaves a chain that is internally
    // consistent; only the head can reveal it.
    [Fact]
    public void Verify_LastEventRewrittenAndResealed_DetectedAgainstHead()
    {
        var chain = ChainBuilder.Chain("practice-a", 5);
        var heads = ChainBuilder.Heads(chain);
        chain[4] = AuditChain.Seal(chain[4] with { Purpose = "marketing" });

        var result = AuditChainVerifier.Verify(chain, heads);

        AssertBreak(result, "practice-a", 5);
    }

    [Fact]
    public void Verify_EventInsertedAndLaterOnesRenumbered_DetectedAgainstHead()
    {
        var chain = ChainBuilder.Chain("practice-a", 5);
        var heads = ChainBuilder.Heads(chain);
        chain.Insert(2, ChainBuilder.Entry(3, "practice-a", "") with { ActorId = "intruder" });
        ChainBuilder.Reseal(chain, 2);

        var result = AuditChainVerifier.Verify(chain, heads);

        Assert.False(result.Intact);
        Assert.Equal("practice-a", result.FirstBreak!.PracticeId);
    }

    [Fact]
    public void Verify_InterleavedIntactPractices_Pass()
    {
        var a = ChainBuilder.Chain("practice-a", 4);
        var b = ChainBuilder.Chain("practice-b", 2);
        var c = ChainBuilder.Chain("practice-c", 3);

        var result = AuditChainVerifier.Verify(Interleave(a, b, c), ChainBuilder.Heads(a, b, c));

        Assert.True(result.Intact);
        Assert.Equal(9, result.EventsChecked);
    }

    [Fact]
    public void Verify_InterleavedOneBroken_NamesThatPractice()
    {
        var a = ChainBuilder.Chain("practice-a", 4);
        var b = ChainBuilder.Chain("practice-b", 4);
        var c = ChainBuilder.Chain("practice-c", 4);
        var heads = ChainBuilder.Heads(a, b, c);
        b[2] = b[2] with { ResourceId = "msg-other" };

        var result = AuditChainVerifier.Verify(Interleave(a, b, c), heads);

        AssertBreak(result, "practice-b", 3);
    }

    [Fact]
    public void Verify_OnePracticeTruncated_NamesThatPractice()
    {
        var a = ChainBuilder.Chain("practice-a", 3);
        var b = ChainBuilder.Chain("practice-b", 3);
        var heads = ChainBuilder.Heads(a, b);
        b.RemoveAt(2);

        var result = AuditChainVerifier.Verify(Interleave(a, b), heads);

        AssertBreak(result, "practice-b", 3);
    }

    [Fact]
    public void Verify_SameContentUnderTwoPractices_EachChainStartsAtGenesis()
    {
        var a = ChainBuilder.Chain("practice-a", 2);
        var b = ChainBuilder.Chain("practice-b", 2);

        var result = AuditChainVerifier.Verify([.. a, .. b], ChainBuilder.Heads(a, b));

        Assert.True(result.Intact);
        Assert.NotEqual(a[0].Hash, b[0].Hash);
    }

    private static List<AuditEntry> Interleave(params List<AuditEntry>[] chains)
    {
        var merged = new List<AuditEntry>();
        var longest = chains.Max(c => c.Count);
        for (var i = 0; i < longest; i++)
        {
            merged.AddRange(chains.Where(c => i < c.Count).Select(c => c[i]));
        }

        return merged;
    }

    private static void AssertBreak(AuditVerification result, string practice, long sequence)
    {
        Assert.False(result.Intact);
        var broken = Assert.IsType<AuditBreak>(result.FirstBreak);
        Assert.Equal(practice, broken.PracticeId);
        Assert.Equal(sequence, broken.Sequence);
        Assert.False(string.IsNullOrWhiteSpace(broken.Reason));
    }
}
