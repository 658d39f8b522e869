using Ward.Security.Audit;

namespace Ward.Security.Tests.Audit;

public sealed class AuditChainTests
{
    public static TheoryData<string> HashedFields => new()
    {
        "Sequence", "PracticeId", "OccurredAtMs", "ActorType", "ActorId", "Action",
        "ResourceType", "ResourceId", "Fields", "Purpose", "Outcome", "SourceAddress",
        "PreviousHash",
    };

    public static TheoryData<string, string> AdjacentTextFields => new()
    {
        { "PracticeId", "ActorType" },
        { "ActorType", "ActorId" },
        { "ActorId", "Action" },
        { "Action", "ResourceType" },
        { "ResourceType", "ResourceId" },
        { "ResourceId", "Fields" },
        { "Fields", "Purpose" },
        { "Purpose", "Outcome" },
        { "Outcome", "SourceAddress" },
        { "SourceAddress", "PreviousHash" },
    };

    [Fact]
    public void GenesisHash_IsSixtyFourZeros()
    {
        var genesis = AuditChain.GenesisHash;

        Assert.Equal(new string('0', 64), genesis);
    }

    // Offline verification of exported chains depends on this exact encoding: SHA-256 over the
    // sequence and time as big-endian 64-bit integers, then each text field as a big-endian
    // 32-bit byte length and its UTF-8 bytes, in DESIGN.md's order, ending with the previous
    // hash. Expected values were computed independently with Python's hashlib.
    [Fact]
    public void ComputeHash_KnownEntry_MatchesIndependentComputation()
    {
        var entry = ChainBuilder.Entry(1, "practice-a", AuditChain.GenesisHash)
            with { OccurredAtMs = 1_764_777_600_000 };

        var hash = AuditChain.ComputeHash(entry);

        Assert.Equal("0fc30b99be8f782256527b797378c66a97662965321e07dc0a556b4c1d12f6a2", hash);
    }

    [Fact]
    public void ComputeHash_NonAsciiAndEmptyFields_MatchesIndependentComputation()
    {
        var entry = new AuditEntry(2, "praxis-münchen", 1_764_777_600_123, "patient", "pt-ü",
            "message.create", "message", "m-2", "body,language", "treatment", "success", "",
            string.Concat(Enumerable.Repeat("ab", 32)), Hash: "");

        var hash = AuditChain.ComputeHash(entry);

        Assert.Equal("9140841fc0e96a85710ac22974e0e0ee4a8707920e30df55ebb46d89cdcc6b9a", hash);
    }

    [Fact]
    public void Seal_SameEntryTwice_SameHash()
    {
        var first = ChainBuilder.Entry(5, "practice-a", new string('1', 64));
        var second = ChainBuilder.Entry(5, "practice-a", new string('1', 64));

        var a = AuditChain.Seal(first);
        var b = AuditChain.Seal(second);

        Assert.Equal(a.Hash, b.Hash);
        Assert.Equal(AuditChain.ComputeHash(first), a.Hash);
        Assert.Matches("^[0-9a-f]{64}$", a.Hash);
    }

    [Fact]
    public void Seal_ExistingHashValue_IgnoredByTheHash()
    {
        var entry = ChainBuilder.Entry(1, "practice-a", AuditChain.GenesisHash);

        var fromEmpty = AuditChain.Seal(entry);
        var fromJunk = AuditChain.Seal(entry with { Hash = "junk" });

        Assert.Equal(fromEmpty.Hash, fromJunk.Hash);
        Assert.Equal(entry with { Hash = fromEmpty.Hash }, fromEmpty);
    }

    [Theory]
    [MemberData(nameof(HashedFields))]
    public void ComputeHash_OneFieldChanged_HashChanges(string field)
    {
        var entry = ChainBuilder.Entry(3, "practice-a", new string('c', 64));
        var changed = Change(entry, field);

        var original = AuditChain.ComputeHash(entry);
        var edited = AuditChain.ComputeHash(changed);

        Assert.NotEqual(entry, changed);
        Assert.NotEqual(original, edited);
    }

    [Theory]
    [MemberData(nameof(AdjacentTextFields))]
    public void ComputeHash_TextMovedAcrossFieldBoundary_HashChanges(string left, string right)
    {
        var entry = ChainBuilder.Entry(3, "practice-a", AuditChain.GenesisHash);
        var abThenC = Set(Set(entry, left, "ab"), right, "c");
        var aThenBc = Set(Set(entry, left, "a"), right, "bc");

        var first = AuditChain.ComputeHash(abThenC);
        var second = AuditChain.ComputeHash(aThenBc);

        Assert.NotEqual(first, second);
    }

    [Fact]
    public void ComputeHash_EmptyFieldVersusNextFieldShifted_HashChanges()
    {
        var entry = ChainBuilder.Entry(3, "practice-a", AuditChain.GenesisHash);
        var emptyFirst = entry with { Fields = "", Purpose = "x" };
        var emptySecond = entry with { Fields = "x", Purpose = "" };

        var first = AuditChain.ComputeHash(emptyFirst);
        var second = AuditChain.ComputeHash(emptySecond);

        Assert.NotEqual(first, second);
    }

    [Fact]
    public void ComputeHash_Null_ThrowsArgumentNullException()
    {
        AuditEntry entry = null!;

        var act = () => AuditChain.ComputeHash(entry);

        Assert.Throws<ArgumentNullException>(act);
    }

    private static AuditEntry Change(AuditEntry e, string field) => field switch
    {
        "Sequence" => e with { Sequence = e.Sequence + 1 },
        "OccurredAtMs" => e with { OccurredAtMs = e.OccurredAtMs + 1 },
        _ => Set(e, field, Get(e, field) + "x"),
    };

    private static string Get(AuditEntry e, string field) => field switch
    {
        "PracticeId" => e.PracticeId,
        "ActorType" => e.ActorType,
        "ActorId" => e.ActorId,
        "Action" => e.Action,
        "ResourceType" => e.ResourceType,
        "ResourceId" => e.ResourceId,
        "Fields" => e.Fields,
        "Purpose" => e.Purpose,
        "Outcome" => e.Outcome,
        "SourceAddress" => e.SourceAddress,
        "PreviousHash" => e.PreviousHash,
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, null),
    };

    private static AuditEntry Set(AuditEntry e, string field, string value) => field switch
    {
        "PracticeId" => e with { PracticeId = value },
        "ActorType" => e with { ActorType = value },
        "ActorId" => e with { ActorId = value },
        "Action" => e with { Action = value },
        "ResourceType" => e with { ResourceType = value },
        "ResourceId" => e with { ResourceId = value },
        "Fields" => e with { Fields = value },
        "Purpose" => e with { Purpose = value },
        "Outcome" => e with { Outcome = value },
        "SourceAddress" => e with { SourceAddress = value },
        "PreviousHash" => e with { PreviousHash = value },
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, null),
    };
}
