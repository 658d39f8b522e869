using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Ward.Host.Tests.Support;

namespace Ward.Host.Tests.PatientRights;

/// <summary>The right of access (HIPAA 164.524, GDPR Art. 15): <c>ward patient
/// export</c>.</summary>
public sealed class PatientExportTests
{
    private const string Practice = "sunrise-family";
    private const string WaId = "15550100123";
    private const string Phone = "+15550100123";

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Json_ComplianceOfficer_HoldsTextPhoneConsentsAndEarlierExport(string provider)
    {
        await using var ward = await WardTestServer.StartAsync(
            provider, TestPractices.UnitedStatesWithStaff());
        var marker = $"PHI-CANARY-{Guid.NewGuid():N} rash on my arm";
        await SendAsync(ward, marker);
        await SendAsync(ward, "STOP");

        var earlier = await ExportAsync(ward, OutFile(ward, "earlier.json"), "--phone", Phone);
        var later = await ExportAsync(ward, OutFile(ward, "later.json"), "--phone", Phone,
            "--format", "json");

        Assert.Equal(0, earlier.ExitCode);
        Assert.Equal(0, later.ExitCode);
        var text = await File.ReadAllTextAsync(OutFile(ward, "later.json"));
        using var record = JsonDocument.Parse(text);
        var root = record.RootElement;
        Assert.Equal(Phone, root.GetProperty("patient").GetProperty("phone").GetString());
        Assert.Contains(marker, Texts(root));
        var consents = root.GetProperty("consents").EnumerateArray()
            .Select(c => (Text(c, "purpose"), Text(c, "choice")));
        Assert.Contains(("messaging:whatsapp", "withdrawn"), consents);
        Assert.Contains(root.GetProperty("accessLog").EnumerateArray(), a =>
            a.GetProperty("action").GetString() == "patient.exported"
            && a.GetProperty("actorId").GetString() == TestPractices.Compliance);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Html_MessageWithScriptTag_ValidPageWithTextEncoded(string provider)
    {
        await using var ward = await WardTestServer.StartAsync(
            provider, TestPractices.UnitedStatesWithStaff());
        var canary = $"PHI-CANARY-{Guid.NewGuid():N}";
        await SendAsync(ward, $"<script>alert(1)</script> {canary} rash on my arm");

        var result = await ExportAsync(ward, OutFile(ward, "record.html"), "--phone", Phone,
            "--format", "html");

        Assert.Equal(0, result.ExitCode);
        var html = await File.ReadAllTextAsync(OutFile(ward, "record.html"));
        Assert.StartsWith("<!doctype html>", html, StringComparison.OrdinalIgnoreCase);
        Assert.EndsWith("</html>", html, StringComparison.Ordinal);
        Assert.Contains(canary, html);
        Assert.Contains("&lt;script&gt;", html);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Export_FileExists_RefusedExit2FileUnchanged(string provider)
    {
        await using var ward = await WardTestServer.StartAsync(
            provider, TestPractices.UnitedStatesWithStaff());
        await SendAsync(ward, "what time do you open on saturday?");
        var file = OutFile(ward, "existing.json");
        await File.WriteAllTextAsync(file, "kept as it was");

        var result = await ExportAsync(ward, file, "--phone", Phone);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("kept as it was", await File.ReadAllTextAsync(file));
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Export_UnknownPatientId_Exit2NamingNoData(string provider)
    {
        await using var ward = await WardTestServer.StartAsync(
            provider, TestPractices.UnitedStatesWithStaff());
        var marker = $"PHI-CANARY-{Guid.NewGuid():N}";
        await SendAsync(ward, marker + " rash on my arm");
        var file = OutFile(ward, "unknown.json");

        var result = await ExportAsync(ward, file, "--patient", Guid.NewGuid().ToString());

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("No patient", result.Errors);
        Assert.DoesNotContain(WaId, result.Errors + result.Output);
        Assert.DoesNotContain(marker, result.Errors + result.Output);
        Assert.False(File.Exists(file));
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Export_PatientAndPhoneBothOrNeither_Exit2(string provider)
    {
        await using var ward = await WardTestServer.StartAsync(
            provider, TestPractices.UnitedStatesWithStaff());
        await SendAsync(ward, "what time do you open on saturday?");
        await using var db = ward.OpenDb();
        var id = (await db.Patients.SingleAsync()).Id;

        var both = await ExportAsync(ward, OutFile(ward, "both.json"), "--patient", id,
            "--phone", Phone);
        var neither = await ExportAsync(ward, OutFile(ward, "neither.json"));

        Assert.Equal(2, both.ExitCode);
        Assert.Equal(2, neither.ExitCode);
        Assert.False(File.Exists(OutFile(ward, "both.json")));
        Assert.False(File.Exists(OutFile(ward, "neither.json")));
    }

    private static async Task SendAsync(WardTestServer ward, string text)
    {
        using var response = await ward.Http.SendAsync(ProviderPayloads.WhatsAppRequest(
            ProviderPayloads.WhatsAppText(WaId, text)));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static Task<CliResult> ExportAsync(WardTestServer ward, string file,
        params string[] who) =>
        CliRunner.RunAsync(ward, ["patient", "export", "--practice", Practice, "--user",
            TestPractices.Compliance, "--out", file, .. who]);

    private static string OutFile(WardTestServer ward, string name) =>
        Path.Combine(ward.Database.DataDirectory, name);

    private static string? Text(JsonElement item, string property) =>
        item.GetProperty(property).GetString();

    private static List<string?> Texts(JsonElement record) =>
    [
        .. record.GetProperty("conversations").EnumerateArray()
            .SelectMany(c => c.GetProperty("messages").EnumerateArray())
            .Select(m => m.GetProperty("text").GetString()),
    ];
}
