using System.Globalization;
using System.Text.Json.Nodes;
using Ward.Host.Tests.Support;

namespace Ward.Host.Tests.Disclosure;

/// <summary><c>ward agreements list</c>: each agreement with the PHI gate's verdict
/// today.</summary>
public sealed class AgreementListTests
{
    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task List_ExecutedAndTerminated_PassesAndRefuses(string provider)
    {
        var file = JsonNode.Parse(TestPractices.UnitedStatesWithStaff())!;
        file["agreements"]!.AsArray().Add(new JsonObject
        {
            ["vendor"] = "meta-whatsapp", ["service"] = "whatsapp", ["kind"] = "BAA",
            ["executedOn"] = Day(-90), ["terminatedOn"] = Day(-1),
        });
        await using var ward = await WardTestServer.StartAsync(provider, file.ToJsonString());

        var result = await CliRunner.RunAsync(ward, "agreements", "list", "--practice",
            "sunrise-family", "--user", TestPractices.Compliance);

        Assert.Equal(0, result.ExitCode);
        var lines = result.Output.Split('\n');
        Assert.Contains("passes", Line(lines, "twilio"));
        var whatsApp = Line(lines, "meta-whatsapp");
        Assert.Contains("refuses", whatsApp);
        Assert.Contains(Day(-1), whatsApp);
    }

    private static string Line(string[] lines, string vendor) =>
        Assert.Single(lines, l => l.StartsWith(vendor + " ", StringComparison.Ordinal));

    private static string Day(int offset) => DateTime.UtcNow.Date.AddDays(offset)
        .ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
