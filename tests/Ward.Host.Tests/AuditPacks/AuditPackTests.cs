using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Ward.Host.Tests.Support;

namespace Ward.Host.Tests.AuditPacks;

/// <summary>
/// The audit pack for an inspector: written by the auditor, verifiable offline, tamper-evident
/// down to one edited line, and free of PHI (identifiers, codes and dates only).
/// </summary>
public sealed class AuditPackTests
{
    private const string WaId = "15550100123";

    private static readonly JsonNode Demo = JsonNode.Parse(File.ReadAllText(
        Path.Combine(AppContext.BaseDirectory, "Demo", "demo-practice.json")))!;

    private static string PracticeId => (string)Demo["id"]!;

    private static string Auditor => (string)Demo["staff"]!.AsArray()
        .Single(s => (string)s!["role"]! == "auditor")!["email"]!;

    private static string Today => Day(0);

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Export_RangeCoveringToday_VerifiesNamingSigningKey(string provider)
    {
        await using var ward = await StartWithMessagesAsync(provider);
        var folder = Folder(ward, "pack");

        var export = await ExportAsync(ward, folder, Today, Today);
        var verify = await CliRunner.RunAsync(ward, "audit", "verify", "--pack", folder);

        Assert.Equal(0, export.ExitCode);
        Assert.Equal(0, verify.ExitCode);
        await using var db = ward.OpenDb();
        Assert.Contains((await db.SigningKeys.SingleAsync()).Id, verify.Output);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Verify_OneEventLineEdited_Exit1NamingThatEvent(string provider)
    {
        await using var ward = await StartWithMessagesAsync(provider);
        var folder = Folder(ward, "pack");
        await ExportAsync(ward, folder, Today, Today);
        var file = Path.Combine(folder, "audit-events.jsonl");
        var lines = await File.ReadAllLinesAsync(file);
        var edited = JsonNode.Parse(lines[1])!;
        edited["purpose"] = "marketing";
        lines[1] = edited.ToJsonString();
        await File.WriteAllLinesAsync(file, lines);

        var verify = await CliRunner.RunAsync(ward, "audit", "verify", "--pack", folder);

        Assert.Equal(1, verify.ExitCode);
        Assert.Contains($"event {(long)edited["sequence"]!}:", verify.Errors);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Verify_FolderThatIsNoPack_Exit1(string provider)
    {
        await using var ward = await StartWithMessagesAsync(provider);
        var folder = Directory.CreateDirectory(Folder(ward, "notes")).FullName;
        await File.WriteAllTextAsync(Path.Combine(folder, "notes.txt"), "not a pack");

        var verify = await CliRunner.RunAsync(ward, "audit", "verify", "--pack", folder);

        Assert.Equal(1, verify.ExitCode);
        Assert.Contains("not an audit pack", verify.Errors);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Export_FromAfterTo_Exit2NoFolder(string provider)
    {
        await using var ward = await StartWithMessagesAsync(provider);
        var folder = Folder(ward, "backwards");
        var tomorrow = Day(1);

        var export = await ExportAsync(ward, folder, tomorrow, Today);

        Assert.Equal(2, export.ExitCode);
        Assert.False(Directory.Exists(folder));
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Export_IntoNonEmptyFolder_RefusedFolderUntouched(string provider)
    {
        await using var ward = await StartWithMessagesAsync(provider);
        var folder = Directory.CreateDirectory(Folder(ward, "busy")).FullName;
        await File.WriteAllTextAsync(Path.Combine(folder, "keep.txt"), "kept");

        var export = await ExportAsync(ward, folder, Today, Today);

        Assert.Equal(2, export.ExitCode);
        Assert.Equal(["keep.txt"], Directory.GetFileSystemEntries(folder).Select(Path.GetFileName));
        Assert.Equal("kept", await File.ReadAllTextAsync(Path.Combine(folder, "keep.txt")));
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Pack_AgreementsWithDates_NoPhoneOrMessageText(string provider)
    {
        await using var ward = await StartWithMessagesAsync(provider);
        var folder = Folder(ward, "pack");

        await ExportAsync(ward, folder, Today, Today);

        using var agreements = JsonDocument.Parse(
            await File.ReadAllTextAsync(Path.Combine(folder, "agreements.json")));
        var listed = agreements.RootElement.EnumerateArray().Select(a =>
            (a.GetProperty("vendor").GetString(), a.GetProperty("executedOn").GetString()));
        var filed = Demo["agreements"]!.AsArray()
            .Select(a => ((string?)a!["vendor"], (string?)a["executedOn"]));
        Assert.Equal(filed.Order(), listed.Order());
        foreach (var file in Directory.GetFiles(folder))
        {
            var text = await File.ReadAllTextAsync(file);
            Assert.DoesNotContain(WaId, text);
            Assert.DoesNotContain("PHI-CANARY", text);
        }
    }

    /// <summary>The demo practice, after its patient wrote three times.</summary>
    private static async Task<WardTestServer> StartWithMessagesAsync(string provider)
    {
        var ward = await WardTestServer.StartAsync(provider, Demo.ToJsonString());
        var whatsApp = Demo["whatsApp"]!;
        foreach (var text in new[] { "rash on my arm", "what time do you open?", "thank you" })
        {
            var body = ProviderPayloads.WhatsAppText(WaId, $"PHI-CANARY-{Guid.NewGuid():N} {text}",
                phoneNumberId: (string)whatsApp["phoneNumberId"]!);
            using var response = await ward.Http.SendAsync(ProviderPayloads.WhatsAppRequest(body,
                (string)whatsApp["appSecret"]!));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        return ward;
    }

    private static Task<CliResult> ExportAsync(WardTestServer ward, string folder, string from,
        string to) =>
        CliRunner.RunAsync(ward, "audit", "export", "--practice", PracticeId, "--user", Auditor,
            "--from", from, "--to", to, "--out", folder);

    private static string Day(int offset) => DateTime.UtcNow.AddDays(offset)
        .ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Folder(WardTestServer ward, string name) =>
        Path.Combine(ward.Database.DataDirectory, name);
}
