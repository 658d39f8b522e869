using System.Text;
using Ward.Security.Audit;

namespace Ward.Security.Tests.Audit;

public sealed class AuditChainFastHashTests
{
    // ASCII, Latin-1, Cyrillic, CJK, an emoji (a surrogate pair), a lone surrogate (encoded
    // as U+FFFD by UTF-8) and control characters, so every UTF-8 length and edge case occurs.
    private static readonly string[] Pieces =
    [
        "a", "Z", "0", " ", ",", "ü", "ß", "é", "щ", "Ж", "中", "文", "😀", "\uD800",
        "\u001f", "\0", "\n",
    ];

    public static TheoryData<int> Seeds => [1, 2, 3, 4, 5, 6, 7, 8];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void ComputeHash_RandomFields_MatchesReference(int seed)
    {
        var random = new Random(seed);
        var entries = Enumerable.Range(0, 200).Select(_ => RandomEntry(random)).ToList();

        var hashes = entries.Select(AuditChain.ComputeHash).ToList();

        Assert.Equal(entries.Select(ReferenceHash.Of), hashes);
    }

    [Fact]
    public void ComputeHash_FieldsLongerThanTheStackBuffer_MatchesReference()
    {
        var entry = ChainBuilder.Entry(7, "practice-a", AuditChain.GenesisHash)
            with { Fields = string.Concat(Enumerable.Repeat("body,語,", 400)) };

        var hash = AuditChain.ComputeHash(entry);

        Assert.Equal(ReferenceHash.Of(entry), hash);
    }

    [Fact]
    public void ComputeHash_IntoSpan_SameBytesAsTheHexString()
    {
        var entry = ChainBuilder.Entry(2, "praxis-münchen", new string('b', 64));
        var bytes = new byte[AuditChain.HashBytes];

        AuditChain.ComputeHash(entry, bytes);

        Assert.Equal(ReferenceHash.Of(entry), Convert.ToHexStringLower(bytes));
    }

    [Fact]
    public void HashMatches_SealedEntry_True()
    {
        var entry = AuditChain.Seal(ChainBuilder.Entry(1, "practice-ü", AuditChain.GenesisHash));

        var matches = AuditChain.HashMatches(entry);

        Assert.True(matches);
    }

    [Fact]
    public void HashMatches_UppercaseHex_False()
    {
        var entry = AuditChain.Seal(ChainBuilder.Entry(1, "practice-a", AuditChain.GenesisHash));
        var upper = entry with { Hash = entry.Hash.ToUpperInvariant() };

        var matches = AuditChain.HashMatches(upper);

        Assert.NotEqual(entry.Hash, upper.Hash);
        Assert.False(matches);
    }

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("0000000000000000000000000000000000000000000000000000000000000000ff")]
    public void HashMatches_WrongLength_False(string hash)
    {
        var entry = ChainBuilder.Entry(1, "practice-a", AuditChain.GenesisHash)
            with { Hash = hash };

        var matches = AuditChain.HashMatches(entry);

        Assert.False(matches);
    }

    [Fact]
    public void HashMatches_EditedAfterSealing_False()
    {
        var entry = AuditChain.Seal(ChainBuilder.Entry(1, "practice-a", AuditChain.GenesisHash));

        var matches = AuditChain.HashMatches(entry with { ResourceId = "msg-other" });

        Assert.False(matches);
    }

    private static AuditEntry RandomEntry(Random random) => new(
        random.NextInt64(long.MinValue, long.MaxValue), Text(random), random.NextInt64(),
        Text(random), Text(random), Text(random), Text(random), Text(random), Text(random),
        Text(random), Text(random), Text(random), Text(random), Hash: "");

    private static string Text(Random random)
    {
        var builder = new StringBuilder();
        var length = random.Next(0, random.Next(2) == 0 ? 8 : 90);
        for (var i = 0; i < length; i++)
        {
            builder.Append(Pieces[random.Next(Pieces.Length)]);
        }

        return builder.ToString();
    }
}
