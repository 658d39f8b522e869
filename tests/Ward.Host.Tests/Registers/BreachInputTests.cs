using Microsoft.EntityFrameworkCore;
using Ward.Host.Tests.Support;

namespace Ward.Host.Tests.Registers;

/// <summary>Mistakes in a breach command are refused with exit code 2 and store
/// nothing.</summary>
public sealed class BreachInputTests
{
    private const string Practice = "sunrise-family";
    private static readonly TimeSpan OneDay = TimeSpan.FromDays(1);

    /// <summary>Each bad call, given the id of an incident already on file.</summary>
    private static readonly Dictionary<string, Func<string, string[]>> BadCalls = new()
    {
        ["discovered-in-future"] = _ => Add("--discovered", BreachRegisterTests.Ago(-OneDay)),
        ["discovered-without-offset"] = _ => Add("--discovered", "2026-11-01T09:30:00"),
        ["area-not-a-number"] = _ => Add("--area", "TX=abc"),
        ["vendor-without-agreement"] = _ => Add("--vendor", "acme-cloud"),
        ["unknown-recipient"] = id => Notify(id, "press"),
        ["unknown-incident"] = _ => Notify(Guid.NewGuid().ToString(), "individuals"),
    };

    public static TheoryData<string, string> Cases()
    {
        var cases = new TheoryData<string, string>();
        foreach (var provider in Databases.All())
        {
            foreach (var name in BadCalls.Keys)
            {
                cases.Add(provider, name);
            }
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task BadCall_Refused2_NothingStored(string provider, string call)
    {
        await using var ward = await WardTestServer.StartAsync(
            provider, TestPractices.UnitedStatesWithStaff());
        await BreachRegisterTests.AddAsync(ward, Practice, TestPractices.Compliance);
        var before = await StoredAsync(ward);

        var result = await CliRunner.RunAsync(ward,
            [.. BadCalls[call](before.Single().Id), "--user", TestPractices.Compliance]);

        Assert.Equal(2, result.ExitCode);
        Assert.NotEmpty(result.Errors.Trim());
        var after = await StoredAsync(ward);
        Assert.Equal(before.Select(Fingerprint), after.Select(Fingerprint));
    }

    private static string[] Add(params string[] more) =>
    [
        "breach", "add", "--practice", Practice, "--summary", "Misdirected fax",
        "--determination", "breach", .. more,
    ];

    private static string[] Notify(string id, string to) =>
        ["breach", "notify", "--practice", Practice, "--id", id, "--to", to];

    private static async Task<List<Storage.Entities.BreachRow>> StoredAsync(WardTestServer ward)
    {
        await using var db = ward.OpenDb();
        return await db.Breaches.AsNoTracking().OrderBy(b => b.Id).ToListAsync();
    }

    private static string Fingerprint(Storage.Entities.BreachRow row) =>
        $"{row.Id} {row.Determination} {row.Notified} {row.UpdatedAtMs} {row.AffectedCount}";
}
