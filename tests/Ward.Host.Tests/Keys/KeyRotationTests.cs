using System.Net;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Ward.Cli;
using Ward.Host.Tests.Support;

namespace Ward.Host.Tests.Keys;

/// <summary>
/// Master key rotation without downtime (DESIGN.md, keys): <c>ward keys rotate</c> run with the
/// new key and the old one as previous re-wraps every stored key, after which the new key alone
/// opens everything and the old one alone is told which key it lacks.
/// </summary>
[Collection(nameof(SerialConsole))]
public sealed class KeyRotationTests
{
    private const string Practice = "sunrise-family";
    private const string WaId = "15550100123";

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Rotate_ThenNewKeyAlone_ReadsOldMessagesFindsByPhone(string provider)
    {
        await using var ward = await WardTestServer.StartAsync(
            provider, TestPractices.UnitedStatesWithStaff());
        var marker = await SendAsync(ward, WaId);
        var (oldKey, newKey) = (ward.App.Configuration["Ward:Keys:MasterKey"]!, NewKey());
        var file = Path.Combine(ward.Database.DataDirectory, "after-rotation.json");

        var rotate = await RunAsync(ward, Keys(ward, newKey, oldKey), "keys", "rotate",
            "--data-keys");
        var export = await RunAsync(ward, Keys(ward, newKey), "patient", "export", "--practice",
            Practice, "--user", TestPractices.Compliance, "--phone", "+" + WaId, "--out", file);

        Assert.Equal(0, rotate);
        Assert.Equal(0, export);
        Assert.Contains(marker, await File.ReadAllTextAsync(file));
        await using var db = ward.OpenDb();
        Assert.Equal(2, await db.PracticeKeys.MaxAsync(k => k.Version));
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Rotate_WhileServing_KnownAndNewPatientsStillAccepted(string provider)
    {
        await using var ward = await WardTestServer.StartAsync(
            provider, TestPractices.UnitedStatesWithStaff());
        await SendAsync(ward, WaId);
        var oldKey = ward.App.Configuration["Ward:Keys:MasterKey"]!;

        var rotate = await RunAsync(ward, Keys(ward, NewKey(), oldKey), "keys", "rotate",
            "--data-keys");
        using var health = await ward.Http.GetAsync("healthz");
        using var newcomer = await PostAsync(ward, "15550100124");
        using var known = await PostAsync(ward, WaId);

        Assert.Equal(0, rotate);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal(HttpStatusCode.OK, newcomer.StatusCode);
        Assert.Equal(HttpStatusCode.OK, known.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task OldKeyAlone_AfterRotation_Exit1NamingMissingKeyAndSetting(string provider)
    {
        await using var ward = await WardTestServer.StartAsync(
            provider, TestPractices.UnitedStatesWithStaff());
        await SendAsync(ward, WaId);
        var oldKey = ward.App.Configuration["Ward:Keys:MasterKey"]!;
        await RunAsync(ward, Keys(ward, NewKey(), oldKey), "keys", "rotate", "--data-keys");
        await using var db = ward.OpenDb();
        var missing = (await db.PracticeKeys.FirstAsync()).MasterKeyId;

        var result = await CliRunner.RunAsync(ward, "patient", "export", "--practice", Practice,
            "--user", TestPractices.Compliance, "--phone", "+" + WaId, "--out",
            Path.Combine(ward.Database.DataDirectory, "old-key.json"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(missing, result.Errors);
        Assert.Contains("Ward__Keys__", result.Errors);
        Assert.DoesNotContain("   at ", result.Errors + result.Output);
    }

    /// <summary>The server's configuration with the master key replaced and, when given, the
    /// previous keys.</summary>
    private static IConfiguration Keys(
        WardTestServer ward, string current, params string[] previous)
    {
        var settings = ward.App.Configuration.AsEnumerable()
            .Where(p => p.Value is not null
                && !p.Key.StartsWith("Ward:Keys:", StringComparison.Ordinal))
            .ToDictionary(p => p.Key, p => p.Value);
        settings["Ward:Keys:MasterKey"] = current;
        for (var i = 0; i < previous.Length; i++)
        {
            settings[$"Ward:Keys:PreviousMasterKeys:{i}"] = previous[i];
        }

        return new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
    }

    /// <summary>Runs a command with <paramref name="configuration"/>, its output kept off the
    /// test log; returns the exit code.</summary>
    private static async Task<int> RunAsync(WardTestServer ward, IConfiguration configuration,
        params string[] args)
    {
        var (stdout, stderr) = (Console.Out, Console.Error);
        try
        {
            Console.SetOut(TextWriter.Null);
            Console.SetError(TextWriter.Null);
            return await WardCommandLine.RunAsync(
                [.. args, "--data", ward.Database.DataDirectory], configuration);
        }
        finally
        {
            Console.SetOut(stdout);
            Console.SetError(stderr);
        }
    }

    private static async Task<string> SendAsync(WardTestServer ward, string waId)
    {
        var marker = $"PHI-CANARY-{Guid.NewGuid():N} rash on my arm";
        using var response = await ward.Http.SendAsync(ProviderPayloads.WhatsAppRequest(
            ProviderPayloads.WhatsAppText(waId, marker)));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return marker;
    }

    private static Task<HttpResponseMessage> PostAsync(WardTestServer ward, string waId) =>
        ward.Http.SendAsync(ProviderPayloads.WhatsAppRequest(
            ProviderPayloads.WhatsAppText(waId, "what time do you open on saturday?")));

    private static string NewKey() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
}
