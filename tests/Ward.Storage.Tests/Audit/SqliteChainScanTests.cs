using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Ward.Security.Audit;
using Ward.Storage.Audit;

namespace Ward.Storage.Tests.Audit;

/// <summary>The SQLite fast read only ever answers "intact"; everything else is left to the
/// ordered walk.</summary>
public sealed class SqliteChainScanTests
{
    private static readonly Dictionary<string, System.Security.Cryptography.ECDsa> NoKeys =
        new(StringComparer.Ordinal);

    [Fact]
    public async Task TryVerifyAsync_IntactOverSeveralRanges_Intact()
    {
        await using var test = await TestDatabase.CreateAsync(Providers.Sqlite);
        await test.AppendAsync(Log(), [.. Records.Reads("practice-a", 5_000),
            .. Records.Reads("practice-b", 4_000)]);

        var result = await TryVerifyAsync(test);

        Assert.Equal(new AuditVerification(9_000, null), result);
    }

    // A live server keeps appending while the log is verified; the heads describe the snapshot,
    // so rows appended since must not be read.
    [Fact]
    public async Task TryVerifyAsync_AppendedAfterTheSnapshot_NotRead()
    {
        await using var test = await TestDatabase.CreateAsync(Providers.Sqlite);
        await test.AppendAsync(Log(), Records.Reads("practice-a", 1_500));

        var result = await TryVerifyAsync(test, afterSnapshot: () =>
            test.AppendAsync(Log(), Records.Reads("practice-a", 10, first: 1_501)));

        Assert.Equal(new AuditVerification(1_500, null), result);
    }

    [Fact]
    public async Task TryVerifyAsync_NoEvents_LeftToTheOrderedWalk()
    {
        await using var test = await TestDatabase.CreateAsync(Providers.Sqlite);

        var result = await TryVerifyAsync(test);

        Assert.Null(result);
    }

    [Fact]
    public async Task TryVerifyAsync_SeparatorInAValue_LeftToTheOrderedWalk()
    {
        await using var test = await TestDatabase.CreateAsync(Providers.Sqlite);
        await test.AppendAsync(Log(), Records.Read("practice-a", "a\u001fb"));

        var result = await TryVerifyAsync(test);

        Assert.Null(result);
    }

    [Fact]
    public async Task TryVerifyAsync_EditedEvent_LeftToTheOrderedWalk()
    {
        await using var test = await TestDatabase.CreateAsync(Providers.Sqlite);
        await test.AppendAsync(Log(), Records.Reads("practice-a", 3));
        await test.DropAuditGuardAsync();
        await test.ExecuteAsync("UPDATE audit_events SET action = 'x' WHERE sequence = 2");

        var result = await TryVerifyAsync(test);

        Assert.Null(result);
    }

    [Fact]
    public async Task TryVerifyAsync_HeadAhead_LeftToTheOrderedWalk()
    {
        await using var test = await TestDatabase.CreateAsync(Providers.Sqlite);
        await test.AppendAsync(Log(), Records.Reads("practice-a", 3));
        await test.ExecuteAsync("UPDATE chain_heads SET sequence = 4");

        var result = await TryVerifyAsync(test);

        Assert.Null(result);
    }

    [Fact]
    public void TryRead_RowAsSqliteJoinsIt_HashAsTheChainRule()
    {
        var entry = AuditChain.Seal(new AuditEntry(7, "praxis-münchen", 1_764_777_600_123,
            "patient", "pt-ü", "message.create", "message", "m-7", "body,language", "treatment",
            "success", "", new string('a', 64), Hash: ""));
        var row = Encoding.UTF8.GetBytes(string.Join('\u001f', entry.Sequence, entry.OccurredAtMs,
            entry.PracticeId, entry.ActorType, entry.ActorId, entry.Action, entry.ResourceType,
            entry.ResourceId, entry.Fields, entry.Purpose, entry.Outcome, entry.SourceAddress,
            entry.PreviousHash, entry.Hash));

        var read = Read(row, out var link);

        Assert.True(read);
        Assert.Equal(new ChainLink(entry.PracticeId, 7, entry.PreviousHash, entry.Hash, true),
            link);
    }

    public static TheoryData<string> Unsplittable => new()
    {
        Row("1", "2", "p"),
        Row([.. Values(14)[..13], "x\u001fy"]),
        Row(["x", .. Values(14)[1..]]),
        Row([.. Values(14)[..2], "p\0", .. Values(14)[3..]]),
    };

    [Fact]
    public void TryRead_FourteenWellFormedValues_Read()
    {
        var row = Encoding.UTF8.GetBytes(Row(Values(14)));

        var read = Read(row, out var link);

        Assert.True(read);
        Assert.Equal(new ChainLink("v2", 1, "v12", "v13", HashMatches: false), link);
    }

    [Theory]
    [MemberData(nameof(Unsplittable))]
    public void TryRead_RowThatCannotBeSplitSafely_Refused(string text)
    {
        var row = Encoding.UTF8.GetBytes(text);

        var read = Read(row, out _);

        Assert.False(read);
    }

    [Fact]
    public void TryRead_InvalidUtf8_Refused()
    {
        var row = Encoding.UTF8.GetBytes(Row(Values(14)));
        row[5] = 0xC3;

        var read = Read(row, out _);

        Assert.False(read);
    }

    // Fourteen values that split and parse: two numbers, then text.
    private static string[] Values(int count) =>
        [.. Enumerable.Range(0, count).Select(i => i < 2 ? $"{i + 1}" : $"v{i}")];

    private static string Row(params string[] values) => string.Join('\u001f', values);

    private static bool Read(byte[] row, out ChainLink link)
    {
        using var reader = new SqliteAuditRow();
        return reader.TryRead(row, out link);
    }

    private static AuditLog Log() =>
        new(new FakeTimeProvider(DateTimeOffset.FromUnixTimeMilliseconds(1_764_777_600_000)));

    private static async Task<AuditVerification?> TryVerifyAsync(
        TestDatabase test, Func<Task>? afterSnapshot = null)
    {
        await using var db = test.Database.CreateContext();
        await db.Database.OpenConnectionAsync();
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        await using var snapshot = connection.BeginTransaction(deferred: true);
        await db.Database.UseTransactionAsync(snapshot);
        var heads = await db.ChainHeads.AsNoTracking()
            .ToDictionaryAsync(h => h.PracticeId, h => new ChainHead(h.Sequence, h.Hash));
        await (afterSnapshot?.Invoke() ?? Task.CompletedTask);
        return await SqliteChainScan.TryVerifyAsync(test.Database, db,
            new AuditChainWalker([], NoKeys), heads, CancellationToken.None);
    }
}
