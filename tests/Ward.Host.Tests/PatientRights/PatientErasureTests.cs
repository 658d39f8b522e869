using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Ward.Host.Tests.Support;
using Ward.Storage.Outbox;

namespace Ward.Host.Tests.PatientRights;

/// <summary>The right to erasure (GDPR Art. 17) by destroying the patient's key: afterwards
/// nothing stored anywhere reads as the patient's text or number.</summary>
public sealed class PatientErasureTests
{
    private const string Practice = "sunrise-family";
    private const string WaId = "15550100123";
    private static readonly string[] SqliteFiles = ["ward.db", "ward.db-wal"];

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Erase_Confirmed_NoStoredValueReadsAsMarkerOrPhone(string provider)
    {
        await using var ward = await WardTestServer.StartAsync(
            provider, TestPractices.UnitedStatesWithStaff());
        var marker = await PatientWithHistoryAsync(ward);
        var before = await StoredPlaintexts.ReadAsync(ward);

        var result = await EraseAsync(ward, "--confirm");

        Assert.Contains(before, p => p.Contains(marker, StringComparison.Ordinal));
        Assert.Equal(0, result.ExitCode);
        var after = await StoredPlaintexts.ReadAsync(ward);
        Assert.DoesNotContain(after, p => p.Contains(marker, StringComparison.Ordinal));
        Assert.DoesNotContain(after, p => p.Contains(WaId, StringComparison.Ordinal));
        foreach (var file in DatabaseFiles(ward))
        {
            var bytes = await ReadSharedAsync(file);
            Assert.Equal(-1, bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(marker)));
            Assert.Equal(-1, bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(WaId)));
        }
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Erase_Confirmed_OutboxGoneChainIntactSecondRefused(string provider)
    {
        await using var ward = await WardTestServer.StartAsync(
            provider, TestPractices.UnitedStatesWithStaff());
        await PatientWithHistoryAsync(ward);
        var patient = await PatientIdAsync(ward);

        var first = await EraseAsync(ward, "--confirm");
        var verify = await CliRunner.RunAsync(ward, "audit", "verify");
        var second = await EraseAsync(ward, "--confirm");

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(0, verify.ExitCode);
        Assert.Equal(2, second.ExitCode);
        Assert.Contains("already erased", second.Errors);
        await using var db = ward.OpenDb();
        Assert.Equal(0, await db.Outbox.CountAsync(o => o.PatientId == patient));
        Assert.Equal(0, await db.PatientKeys.CountAsync(k => k.PatientId == patient));
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Erase_WithoutConfirm_Exit2NothingChanged(string provider)
    {
        await using var ward = await WardTestServer.StartAsync(
            provider, TestPractices.UnitedStatesWithStaff());
        var marker = await PatientWithHistoryAsync(ward);
        var patient = await PatientIdAsync(ward);

        var result = await EraseAsync(ward);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--confirm", result.Errors);
        await using var db = ward.OpenDb();
        Assert.Null((await db.Patients.SingleAsync()).ErasedAtMs);
        Assert.Equal(1, await db.PatientKeys.CountAsync(k => k.PatientId == patient));
        Assert.Contains(await StoredPlaintexts.ReadAsync(ward),
            p => p.Contains(marker, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Erase_WithinHoldPeriod_RefusedWithEarliestDate(string provider)
    {
        var file = JsonNode.Parse(TestPractices.UnitedStatesWithStaff())!;
        file["retention"] = new JsonObject { ["erasureHoldDays"] = 30 };
        await using var ward = await WardTestServer.StartAsync(provider, file.ToJsonString());
        await SendAsync(ward, "what time do you open on saturday?");
        await using var db = ward.OpenDb();
        var last = await db.Messages.MaxAsync(m => m.CreatedAtMs);

        var result = await EraseAsync(ward, "--confirm");

        Assert.Equal(2, result.ExitCode);
        var earliest = DateTimeOffset.FromUnixTimeMilliseconds(last).AddDays(30);
        Assert.Contains(
            earliest.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), result.Errors);
        Assert.Equal(1, await db.PatientKeys.CountAsync());
        Assert.Null((await db.Patients.SingleAsync()).ErasedAtMs);
    }

    [Fact]
    public async Task Erase_UnderLegalHold_RefusedNothingChanged()
    {
        var file = JsonNode.Parse(TestPractices.UnitedStatesWithStaff())!;
        file["retention"] = new JsonObject { ["legalHold"] = true };
        await using var ward = await WardTestServer.StartAsync("sqlite", file.ToJsonString());
        await SendAsync(ward, "what time do you open on saturday?");

        var result = await EraseAsync(ward, "--confirm");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("legal hold", result.Errors, StringComparison.OrdinalIgnoreCase);
        await using var db = ward.OpenDb();
        Assert.Equal(1, await db.PatientKeys.CountAsync());
    }

    [Fact]
    public async Task Erase_SqliteFiles_NoLongerHoldTheWrappedKey()
    {
        await using var ward = await WardTestServer.StartAsync(
            "sqlite", TestPractices.UnitedStatesWithStaff());
        await PatientWithHistoryAsync(ward);
        await using var before = ward.OpenDb();
        var wrapped = (await before.PatientKeys.SingleAsync()).WrappedKey;

        var result = await EraseAsync(ward, "--confirm");

        // The key must not survive in the write-ahead log or the file's free pages, or the
        // erased messages could be read back with the master key.
        Assert.Equal(0, result.ExitCode);
        foreach (var file in DatabaseFiles(ward))
        {
            var bytes = await ReadSharedAsync(file);
            Assert.Equal(-1, bytes.AsSpan().IndexOf(wrapped));
        }
    }

    /// <summary>A marker message (answered), then STOP; returns the marker once every reply has
    /// gone out.</summary>
    private static async Task<string> PatientWithHistoryAsync(WardTestServer ward)
    {
        var marker = $"PHI-CANARY-{Guid.NewGuid():N} rash on my arm";
        await SendAsync(ward, marker);
        await SendAsync(ward, "STOP");
        var rows = await ward.WaitForOutboxAsync(
            r => r.Count > 0 && r.All(o => o.Status == OutboxStatus.Sent));
        Assert.NotEmpty(rows);
        return marker;
    }

    private static async Task SendAsync(WardTestServer ward, string text)
    {
        using var response = await ward.Http.SendAsync(ProviderPayloads.WhatsAppRequest(
            ProviderPayloads.WhatsAppText(WaId, text)));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static async Task<CliResult> EraseAsync(WardTestServer ward, params string[] more) =>
        await CliRunner.RunAsync(ward, ["patient", "erase", "--practice", Practice, "--user",
            TestPractices.Compliance, "--patient", await PatientIdAsync(ward), .. more]);

    private static async Task<string> PatientIdAsync(WardTestServer ward)
    {
        await using var db = ward.OpenDb();
        return (await db.Patients.SingleAsync()).Id;
    }

    private static IEnumerable<string> DatabaseFiles(WardTestServer ward) =>
        ward.Database.Provider != "sqlite" ? []
            : SqliteFiles.Select(n => Path.Combine(ward.Database.DataDirectory, n))
                .Where(File.Exists);

    private static async Task<byte[]> ReadSharedAsync(string path)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read,
            FileShare.ReadWrite | FileShare.Delete);
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        return copy.ToArray();
    }
}
