using Microsoft.Extensions.Time.Testing;
using Ward.Security.Audit;
using Ward.Storage.Audit;

namespace Ward.Storage.Tests.Audit;

/// <summary>Logs large or odd enough to exercise the verifier's fast read (several rowid
/// ranges, values that need the column-by-column read, rows stored out of order) give the same
/// results as the ordered walk.</summary>
public sealed class AuditVerifierScanTests
{
    private const int PerPractice = 3_000;

    private static readonly string[] Practices = ["practice-a", "practice-b", "practice-ü"];

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task VerifyAsync_ThousandsOfEventsOverPractices_Intact(string provider)
    {
        await using var test = await WithManyEventsAsync(provider);

        var result = await VerifyAsync(test);

        Assert.True(result.Intact, result.FirstBreak?.Reason);
        Assert.Equal(Practices.Length * PerPractice, result.EventsChecked);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task VerifyAsync_ThousandsOfEventsOneEditedLate_NamesIt(string provider)
    {
        await using var test = await WithManyEventsAsync(provider);
        await test.DropAuditGuardAsync();

        await test.ExecuteAsync("UPDATE audit_events SET outcome = 'failure' " +
            "WHERE practice_id = 'practice-b' AND sequence = 2900");
        var result = await VerifyAsync(test);

        var broken = Assert.IsType<AuditBreak>(result.FirstBreak);
        Assert.Equal(new AuditBreak("practice-b", 2900,
            "content does not match its hash (event edited)"), broken);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task VerifyAsync_SeparatorsAndNonAsciiInValues_Intact(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        await test.AppendAsync(Log(),
            Records.Read("practice-a", "msg\u001f1"), Records.Read("practice-a", "msg\u001e2"),
            Records.Read("praxis-münchen", "съобщение-3"),
            Records.Read("practice-a", "m-4"));

        var result = await VerifyAsync(test);

        Assert.True(result.Intact, result.FirstBreak?.Reason);
        Assert.Equal(4, result.EventsChecked);
    }

    // A row deleted and put back unchanged is stored after the rows that follow it; the chain
    // is the same and must still verify.
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task VerifyAsync_EventStoredAgainUnchanged_Intact(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        await test.AppendAsync(Log(), Records.Reads("practice-a", 5));
        await test.DropAuditGuardAsync();
        var second = await Tampering.EntryAsync(test, "practice-a", 2);

        await test.ExecuteAsync(
            "DELETE FROM audit_events WHERE practice_id = 'practice-a' AND sequence = 2");
        await Tampering.InsertAsync(test, second);
        var result = await VerifyAsync(test);

        Assert.True(result.Intact, result.FirstBreak?.Reason);
        Assert.Equal(5, result.EventsChecked);
    }

    private static AuditLog Log() =>
        new(new FakeTimeProvider(DateTimeOffset.FromUnixTimeMilliseconds(1_764_777_600_000)));

    private static async Task<TestDatabase> WithManyEventsAsync(string provider)
    {
        var test = await TestDatabase.CreateAsync(provider);
        for (var round = 0; round < 3; round++)
        {
            var first = (round * PerPractice / 3) + 1;
            var records = Practices
                .SelectMany(p => Records.Reads(p, PerPractice / 3, first))
                .ToArray();
            await test.AppendAsync(Log(), records);
        }

        return test;
    }

    private static Task<AuditVerification> VerifyAsync(TestDatabase test) =>
        new AuditVerifier(test.Database).VerifyAsync(CancellationToken.None);
}
