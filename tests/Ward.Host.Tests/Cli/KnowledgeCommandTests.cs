using Microsoft.EntityFrameworkCore;
using Ward.Host.Tests.Support;

namespace Ward.Host.Tests.Cli;

/// <summary><c>ward kb import</c> and <c>ward kb list</c> against a running store.</summary>
public sealed class KnowledgeCommandTests
{
    private const string Practice = "sunrise-family";

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Import_InvalidFile_FieldsNamed_NothingStored(string provider)
    {
        await using var ward = await WardTestServer.StartAsync(provider, TestPractices.UnitedStatesWithStaff());
        var file = await WriteAsync(ward, """
            entries:
              - id: fee-visit
                kind: fee
                owner: owner@sunrise.example
                version: 1
                title: Visit
                answer: A visit costs $120.
                amount: 120
              - id: hours
                kind: hours
                owner: owner@sunrise.example
                version: two
                title: Hours
                answer: Open 08:00-18:00.
            """);

        var result = await CliRunner.RunAsync(ward, "kb", "import", file, "--practice", Practice,
            "--user", TestPractices.Owner);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("entries[0].currency", result.Errors, StringComparison.Ordinal);
        Assert.Contains("entries[1].version", result.Errors, StringComparison.Ordinal);
        Assert.DoesNotContain("two", result.Errors, StringComparison.Ordinal);
        await using var db = ward.OpenDb();
        Assert.Equal(0, await db.KnowledgeEntries.CountAsync());
    }

    [Fact]
    public async Task Import_FileOverTwoMebibytes_Refused_NothingStored()
    {
        await using var ward = await WardTestServer.StartAsync("sqlite",
            TestPractices.UnitedStatesWithStaff());
        var entry = """
              - id: faq-{0}
                kind: faq
                owner: owner@sunrise.example
                version: 1
                title: Question {0}
                answer: An answer that is long enough to make the file grow quickly.
            """;
        var file = await WriteAsync(ward, "entries:\n" + string.Concat(Enumerable.Range(0, 12_000)
            .Select(i => entry.Replace("{0}", i.ToString(System.Globalization.CultureInfo
                .InvariantCulture), StringComparison.Ordinal) + "\n")));

        var result = await CliRunner.RunAsync(ward, "kb", "import", file, "--practice", Practice,
            "--user", TestPractices.Owner);

        Assert.True(new FileInfo(file).Length > 2 * 1024 * 1024);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("larger than 2 MiB", result.Errors, StringComparison.Ordinal);
        await using var db = ward.OpenDb();
        Assert.Equal(0, await db.KnowledgeEntries.CountAsync());
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task ImportTwice_ThenList_VersionsAndExpiryShown(string provider)
    {
        await using var ward = await WardTestServer.StartAsync(provider, TestPractices.UnitedStatesWithStaff());
        var first = await WriteAsync(ward, Entries(version: 1));
        var second = await WriteAsync(ward, Entries(version: 2));

        var one = await CliRunner.RunAsync(ward, "kb", "import", first, "--practice", Practice,
            "--user", TestPractices.Owner);
        var two = await CliRunner.RunAsync(ward, "kb", "import", second, "--practice", Practice,
            "--user", TestPractices.Owner);
        var list = await CliRunner.RunAsync(ward, "kb", "list", "--practice", Practice,
            "--user", TestPractices.Clinician);

        Assert.Equal((0, 0, 0), (one.ExitCode, two.ExitCode, list.ExitCode));
        Assert.Contains("2 entries: 0 added, 1 updated, 1 unchanged.", two.Output, StringComparison.Ordinal);
        Assert.Contains("old-flu-clinic", two.Errors, StringComparison.Ordinal);
        Assert.Contains("v2", list.Output, StringComparison.Ordinal);
        Assert.Contains("EXPIRED, not used", list.Output, StringComparison.Ordinal);
        await using var db = ward.OpenDb();
        Assert.Equal(2, await db.AuditEvents.CountAsync(e => e.Action == "knowledge.imported"));
    }

    private static string Entries(int version) => $$"""
        entries:
          - id: hours-main
            kind: hours
            owner: owner@sunrise.example
            version: {{version}}
            title: Hours
            answer: We are open Monday to Friday {{(version == 1 ? "08:00" : "07:30")}}-18:00.
          - id: old-flu-clinic
            kind: service
            owner: owner@sunrise.example
            version: 1
            expires: 2020-01-31
            title: Flu clinic
            answer: The flu clinic runs on Saturdays.
        """;

    private static async Task<string> WriteAsync(WardTestServer ward, string text)
    {
        var path = Path.Combine(ward.Database.DataDirectory, $"kb-{Guid.NewGuid():N}.yaml");
        await File.WriteAllTextAsync(path, text);
        return path;
    }
}
