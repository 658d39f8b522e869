using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Ward.Host.Tests.Support;

namespace Ward.Host.Tests.Registers;

/// <summary>
/// The breach register's clocks: HIPAA's 60 days for individuals, HHS and, above 500 residents
/// of a state, the media (45 CFR 164.404(b), 164.406, 164.408(b)); GDPR's 72 hours for the
/// supervisory authority (Art. 33(1)); none for a reviewed "no breach".
/// </summary>
public sealed class BreachRegisterTests
{
    private const string Us = "sunrise-family";
    private const string Bg = "sofia-clinic";
    private const string BgCompliance = "compliance@sofia.example";

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task LargeBreach_Discovered61DaysAgo_ThreeNoticesOverdue(string provider)
    {
        await using var ward = await WardTestServer.StartAsync(
            provider, TestPractices.UnitedStatesWithStaff());
        var added = await AddAsync(ward, Us, TestPractices.Compliance, "--determination", "breach",
            "--affected", "600", "--area", "TX=600", "--discovered", Ago(TimeSpan.FromDays(61)));

        var list = await ListAsync(ward, Us, TestPractices.Compliance);

        Assert.Equal(0, added.ExitCode);
        Assert.Equal(1, list.ExitCode);
        foreach (var recipient in new[] { "individuals", "hhs", "media" })
        {
            Assert.Contains("OVERDUE", ClockLine(list, recipient));
        }
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Notify_Individuals_MarkedDone(string provider)
    {
        await using var ward = await WardTestServer.StartAsync(
            provider, TestPractices.UnitedStatesWithStaff());
        await AddAsync(ward, Us, TestPractices.Compliance, "--determination", "breach",
            "--affected", "600", "--area", "TX=600", "--discovered", Ago(TimeSpan.FromDays(61)));
        var id = await IncidentIdAsync(ward);

        var notified = await CliRunner.RunAsync(ward, "breach", "notify", "--practice", Us,
            "--id", id, "--to", "individuals", "--user", TestPractices.Compliance);
        var list = await ListAsync(ward, Us, TestPractices.Compliance);

        Assert.Equal(0, notified.ExitCode);
        Assert.Contains("done", ClockLine(list, "individuals"));
        Assert.DoesNotContain("OVERDUE", ClockLine(list, "individuals"));
        Assert.Contains("OVERDUE", ClockLine(list, "hhs"));
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task GdprBreach_Discovered73HoursAgo_AuthorityOverdue(string provider)
    {
        await using var ward = await WardTestServer.StartAsync(provider, BulgariaWithOfficer());
        await AddAsync(ward, Bg, BgCompliance, "--determination", "breach", "--affected", "3",
            "--area", "BG=3", "--discovered", Ago(TimeSpan.FromHours(73)));

        var list = await ListAsync(ward, Bg, BgCompliance);

        Assert.Equal(1, list.ExitCode);
        Assert.Contains("OVERDUE", ClockLine(list, "authority"));
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task NoBreachReview_HasNoDeadlines(string provider)
    {
        await using var ward = await WardTestServer.StartAsync(
            provider, TestPractices.UnitedStatesWithStaff());
        var added = await AddAsync(ward, Us, TestPractices.Compliance, "--determination",
            "no-breach", "--affected", "600", "--discovered", Ago(TimeSpan.FromDays(61)));

        var list = await ListAsync(ward, Us, TestPractices.Compliance);

        Assert.Equal(0, added.ExitCode);
        Assert.Equal(0, list.ExitCode);
        Assert.Contains("no-breach", list.Output);
        Assert.DoesNotContain("CFR", list.Output);
        Assert.DoesNotContain("OVERDUE", list.Output);
    }

    /// <summary>A register entry that is valid, to which the bad call then tries to add.</summary>
    internal static Task<CliResult> AddAsync(WardTestServer ward, string practice, string user,
        params string[] more) =>
        CliRunner.RunAsync(ward, ["breach", "add", "--practice", practice, "--user", user,
            "--summary", "Laptop with the appointment list stolen from a car", .. more]);

    internal static async Task<string> IncidentIdAsync(WardTestServer ward)
    {
        await using var db = ward.OpenDb();
        return (await db.Breaches.SingleAsync()).Id;
    }

    internal static string Ago(TimeSpan age) => DateTimeOffset.UtcNow.Subtract(age)
        .ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);

    private static Task<CliResult> ListAsync(WardTestServer ward, string practice, string user) =>
        CliRunner.RunAsync(ward, "breach", "list", "--practice", practice, "--user", user);

    private static string ClockLine(CliResult list, string recipient) =>
        Assert.Single(list.Output.Split('\n'),
            l => l.TrimStart().StartsWith(recipient + " ", StringComparison.Ordinal));

    private static string BulgariaWithOfficer()
    {
        var file = JsonNode.Parse(TestPractices.Bulgaria())!;
        file["staff"] = new JsonArray(new JsonObject
        {
            ["email"] = BgCompliance, ["name"] = "Staff compliance",
            ["role"] = "compliance-officer",
        });
        return file.ToJsonString();
    }
}
