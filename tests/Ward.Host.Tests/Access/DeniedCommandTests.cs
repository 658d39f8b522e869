using Microsoft.EntityFrameworkCore;
using Ward.Host.Tests.Support;

namespace Ward.Host.Tests.Access;

/// <summary>A refused command changes nothing but the audit trail, which records the
/// refusal; a break-glass access is recorded, with its reason sealed, and alerts compliance.</summary>
public sealed class DeniedCommandTests
{
    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task FrontDeskExportsAuditPack_RefusedAuditedNothingWritten(string provider)
    {
        await using var ward = await WardTestServer.StartAsync(provider,
            TestPractices.UnitedStatesWithStaff());
        var folder = Path.Combine(ward.Database.DataDirectory, "pack");

        var result = await CliRunner.RunAsync(ward, "audit", "export", "--practice",
            CommandLines.Practice, "--from", "2026-01-01", "--to", "2026-12-31", "--out", folder,
            "--user", TestPractices.FrontDesk);

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("'front-desk' lacks ExportAuditPack", result.Errors, StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder));
        await using var db = ward.OpenDb();
        var denied = await db.AuditEvents.SingleAsync(e => e.Action == "access.denied");
        Assert.Equal(TestPractices.FrontDesk, denied.ActorId);
        Assert.Equal("audit export", denied.ResourceId);
        Assert.Equal("denied", denied.Outcome);
    }

    [Fact]
    public async Task UnknownUser_Refused()
    {
        await using var ward = await WardTestServer.StartAsync("sqlite",
            TestPractices.UnitedStatesWithStaff());

        var result = await CliRunner.RunAsync(ward, "doctor", "--practice", CommandLines.Practice,
            "--user", "intruder@example.com");

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("no active user", result.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DisabledStaff_Refused()
    {
        var file = System.Text.Json.Nodes.JsonNode.Parse(TestPractices.UnitedStatesWithStaff())!;
        file["staff"]![0]!["disabled"] = true;
        await using var ward = await WardTestServer.StartAsync("sqlite", file.ToJsonString());

        var result = await CliRunner.RunAsync(ward, "doctor", "--practice", CommandLines.Practice,
            "--user", TestPractices.Owner);

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("no active user", result.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownPractice_ClearErrorNothingChanged()
    {
        await using var ward = await WardTestServer.StartAsync("sqlite",
            TestPractices.UnitedStatesWithStaff());
        await using var before = ward.OpenDb();
        var events = await before.AuditEvents.CountAsync();

        var result = await CliRunner.RunAsync(ward, "breach", "list", "--practice", "no-such-practice");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("No practice with id \"no-such-practice\"", result.Errors, StringComparison.Ordinal);
        await using var after = ward.OpenDb();
        Assert.Equal(events, await after.AuditEvents.CountAsync());
    }

    [Fact]
    public async Task PatientDataWithoutUser_RefusedAsUnattributed()
    {
        await using var ward = await WardTestServer.StartAsync("sqlite",
            TestPractices.UnitedStatesWithStaff());

        var result = await CliRunner.RunAsync(ward, "conversation", "show", "--practice",
            CommandLines.Practice, "--conversation", "c-1");

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("--user", result.Errors, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task ComplianceOfficerBreaksGlass_RecordedSealedAndAlerted(string provider)
    {
        await using var ward = await WardTestServer.StartAsync(provider,
            TestPractices.UnitedStatesWithStaff());
        const string reason = "Patient Jane Roe called about her thread";

        var result = await CliRunner.RunAsync(ward, "conversation", "show", "--practice",
            CommandLines.Practice, "--conversation", "c-1", "--user", TestPractices.Compliance,
            "--break-glass", reason);

        Assert.Equal(2, result.ExitCode); // granted, then the conversation does not exist
        await using var db = ward.OpenDb();
        var glass = await db.BreakGlass.SingleAsync();
        Assert.Equal(TestPractices.Compliance, glass.UserId);
        Assert.Equal("ReadMessages", glass.Permission);
        Assert.DoesNotContain("Jane", System.Text.Encoding.UTF8.GetString(glass.ReasonCipher),
            StringComparison.Ordinal);
        Assert.True(await db.AuditEvents.AnyAsync(e => e.Action == "access.break-glass"
            && e.ActorId == TestPractices.Compliance));
        var sent = await ward.WaitForOutboxAsync(rows => rows.Any(r => r.Kind == "alert.sms"
            && r.Status == "sent"));
        Assert.Contains(sent, r => r.Kind == "alert.sms");
        Assert.Contains(ward.Providers.Requests, r => r.Body.Contains(
            Uri.EscapeDataString(TestPractices.ComplianceMobile), StringComparison.Ordinal));
    }

    [Fact]
    public async Task AuditorBreaksGlass_StillRefused()
    {
        await using var ward = await WardTestServer.StartAsync("sqlite",
            TestPractices.UnitedStatesWithStaff());

        var result = await CliRunner.RunAsync(ward, "conversation", "show", "--practice",
            CommandLines.Practice, "--conversation", "c-1", "--user", TestPractices.Auditor,
            "--break-glass", "curious about this patient");

        Assert.Equal(3, result.ExitCode);
        await using var db = ward.OpenDb();
        Assert.Empty(await db.BreakGlass.ToListAsync());
    }
}
