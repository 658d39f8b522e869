using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Ward.Access;
using Ward.Host.Tests.Support;
using Ward.Practices;

namespace Ward.Host.Tests.Cli;

/// <summary>What a careless or hostile caller met in a newcomer's pass, each now answered with a
/// clear error or the expected result.</summary>
public sealed class CarelessInputTests
{
    private const string Practice = "sunrise-family";

    [Fact]
    public async Task ExportedFile_ReimportedWithPlaceholders_KeepsStoredSecrets()
    {
        await using var ward = await WardTestServer.StartAsync("sqlite",
            TestPractices.UnitedStatesWithStaff());
        var exported = await CliRunner.RunAsync(ward, "practice", "export", "--practice", Practice,
            "--user", TestPractices.Owner);
        var path = Path.Combine(ward.Database.DataDirectory, "edited.json");
        var file = JsonNode.Parse(exported.Output)!;
        file["name"] = "Sunrise Family Practice East";
        await File.WriteAllTextAsync(path, file.ToJsonString());

        var imported = await CliRunner.RunAsync(ward, "practice", "import", path, "--user",
            TestPractices.Owner);

        Assert.Equal(0, imported.ExitCode);
        var directory = ward.App.Services.GetRequiredService<PracticeDirectory>();
        await directory.ReloadAsync(CancellationToken.None);
        var settings = directory.ById(Practice)!.Settings;
        Assert.Equal("Sunrise Family Practice East", settings.Name);
        Assert.Equal(TestPractices.UsAppSecret, settings.WhatsApp!.AppSecret);
        Assert.Equal(TestPractices.UsAuthToken, settings.Sms!.AuthToken);
    }

    [Fact]
    public async Task NewPracticeWithPlaceholder_RefusedNamingField()
    {
        await using var ward = await WardTestServer.StartAsync("sqlite");
        var file = JsonNode.Parse(TestPractices.UnitedStates())!;
        file["sms"]!["authToken"] = "***";

        var errors = await ward.App.Services.GetRequiredService<PracticeImporter>()
            .ImportAsync(file.ToJsonString(), Principal.System, CancellationToken.None);

        Assert.Contains(errors, e => e.StartsWith("sms.authToken: holds the \"***\" placeholder",
            StringComparison.Ordinal));
    }

    [Fact]
    public async Task PhoneWrittenWithSpaces_FindsThePatient()
    {
        await using var ward = await WardTestServer.StartAsync("sqlite",
            TestPractices.UnitedStatesWithStaff());
        using var sent = await ward.Http.SendAsync(ProviderPayloads.WhatsAppRequest(
            ProviderPayloads.WhatsAppText("15550100123", "what time do you open?")));
        var output = Path.Combine(ward.Database.DataDirectory, "record.json");

        var result = await CliRunner.RunAsync(ward, "patient", "export", "--practice", Practice,
            "--phone", "+1 555-010-0123", "--out", output, "--user", TestPractices.Compliance);

        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("+15550100123", await File.ReadAllTextAsync(output), StringComparison.Ordinal);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(output));
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("need it")]
    public async Task BreakGlassWithoutRealReason_Refused2(string reason)
    {
        await using var ward = await WardTestServer.StartAsync("sqlite",
            TestPractices.UnitedStatesWithStaff());

        var result = await CliRunner.RunAsync(ward, "conversation", "show", "--practice", Practice,
            "--conversation", "c-1", "--user", TestPractices.Clinician, "--break-glass", reason);

        Assert.Equal(2, result.ExitCode);
        await using var db = ward.OpenDb();
        Assert.Empty(await db.BreakGlass.ToListAsync());
    }

    [Fact]
    public async Task StrangerNamed_RefusedAndAudited()
    {
        await using var ward = await WardTestServer.StartAsync("sqlite",
            TestPractices.UnitedStatesWithStaff());

        var result = await CliRunner.RunAsync(ward, "doctor", "--practice", Practice, "--user",
            "mallory@evil.example");

        Assert.Equal(3, result.ExitCode);
        await using var db = ward.OpenDb();
        Assert.True(await db.AuditEvents.AnyAsync(e => e.Action == "access.denied"
            && e.ActorId == "mallory@evil.example"));
    }

    [Theory]
    [InlineData("1900-01-01", "2026-12-31")]
    [InlineData("2026-01-01", "9999-12-31")]
    public async Task DateOutOfRange_Refused2NoPack(string from, string to)
    {
        await using var ward = await WardTestServer.StartAsync("sqlite",
            TestPractices.UnitedStatesWithStaff());
        var folder = Path.Combine(ward.Database.DataDirectory, "pack");

        var result = await CliRunner.RunAsync(ward, "audit", "export", "--practice", Practice,
            "--from", from, "--to", to, "--out", folder, "--user", TestPractices.Auditor);

        Assert.Equal(2, result.ExitCode);
        Assert.False(Directory.Exists(folder));
    }

    [Fact]
    public async Task ExportIntoMissingFolder_Refused2NothingAudited()
    {
        await using var ward = await WardTestServer.StartAsync("sqlite",
            TestPractices.UnitedStatesWithStaff());
        var output = Path.Combine(ward.Database.DataDirectory, "no", "such", "record.json");

        var result = await CliRunner.RunAsync(ward, "patient", "export", "--practice", Practice,
            "--patient", "p-1", "--out", output, "--user", TestPractices.Compliance);

        Assert.Equal(2, result.ExitCode);
        await using var db = ward.OpenDb();
        Assert.False(await db.AuditEvents.AnyAsync(e => e.Action == "patient.exported"));
    }
}
