using System.Net;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Ward.Host.Tests.Support;
using Ward.Practices;
using Ward.Security.Keys;

namespace Ward.Host.Tests.PatientRights;

/// <summary>Every practice's data is isolated from every other's, in queries and in keys
/// (DESIGN.md, invariants).</summary>
public sealed class PracticeIsolationTests
{
    private const string Us = "sunrise-family";
    private const string Bg = "sofia-clinic";
    private const string UsWaId = "15550100123";
    private const string BgPatient = "+359888000111";
    private const string BgCompliance = "compliance@sofia.example";
    private const string BgClinician = "dr.petrova@sofia.example";

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Export_OtherPracticesPatientId_NotFoundNoFile(string provider)
    {
        await using var ward = await StartAsync(provider);
        var usPatient = await PatientIdAsync(ward, Us);
        var file = Path.Combine(ward.Database.DataDirectory, "other.json");

        var result = await CliRunner.RunAsync(ward, "patient", "export", "--practice", Bg,
            "--user", BgCompliance, "--patient", usPatient, "--out", file);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("No patient", result.Errors);
        Assert.False(File.Exists(file));
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Owner_OfOtherPractice_RefusedExit3(string provider)
    {
        await using var ward = await StartAsync(provider);
        var bgPatient = await PatientIdAsync(ward, Bg);
        var file = Path.Combine(ward.Database.DataDirectory, "owner.json");

        var result = await CliRunner.RunAsync(ward, "patient", "export", "--practice", Bg,
            "--user", TestPractices.Owner, "--patient", bgPatient, "--out", file);

        Assert.Equal(3, result.ExitCode);
        Assert.Contains(TestPractices.Owner, result.Errors);
        Assert.False(File.Exists(file));
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task ConversationShow_OtherPracticesConversation_NotFound(string provider)
    {
        await using var ward = await StartAsync(provider);
        await using var db = ward.OpenDb();
        var usConversation = await db.Conversations.SingleAsync(c => c.PracticeId == Us);

        var result = await CliRunner.RunAsync(ward, "conversation", "show", "--practice", Bg,
            "--user", BgClinician, "--conversation", usConversation.Id);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("No conversation", result.Errors);
        Assert.DoesNotContain("PHI-CANARY", result.Output + result.Errors);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Ciphertext_OtherPracticesKeys_DoNotOpen(string provider)
    {
        await using var ward = await StartAsync(provider);
        var directory = ward.App.Services.GetRequiredService<PracticeDirectory>();
        var (us, bg) = (directory.ById(Us)!, directory.ById(Bg)!);
        await using var db = ward.OpenDb();
        var message = await db.Messages.FirstAsync(m => m.PracticeId == Us && m.Direction == "in");
        var keyRow = await db.PatientKeys.SingleAsync(k => k.PracticeId == Us);
        var usKey = new WrappedPatientKey(keyRow.PracticeKeyVersion, keyRow.WrappedKey);

        var opened = us.Keys.OpenPatient(keyRow.PatientId, usKey)
            .Decrypt(message.BodyCipher, PracticeFields.MessageBody);

        Assert.StartsWith("PHI-CANARY", opened, StringComparison.Ordinal);
        Assert.ThrowsAny<CryptographicException>(
            () => bg.Keys.OpenPatient(keyRow.PatientId, usKey));
        Assert.ThrowsAny<CryptographicException>(
            () => bg.Keys.Fields.Decrypt(message.BodyCipher, PracticeFields.MessageBody));
    }

    /// <summary>Both practices, each with one patient who wrote once.</summary>
    private static async Task<WardTestServer> StartAsync(string provider)
    {
        var ward = await WardTestServer.StartAsync(
            provider, TestPractices.UnitedStatesWithStaff(), BulgariaWithStaff());
        var marker = $"PHI-CANARY-{Guid.NewGuid():N} rash on my arm";
        using var us = await ward.Http.SendAsync(ProviderPayloads.WhatsAppRequest(
            ProviderPayloads.WhatsAppText(UsWaId, marker)));
        var form = ProviderPayloads.SmsForm(BgPatient, TestPractices.BgSmsNumber,
            "Кога работите в събота?");
        using var bg = await ward.Http.SendAsync(ProviderPayloads.TwilioRequest(ward.BaseUrl,
            "webhooks/twilio/sms", form, TestPractices.BgAuthToken));
        Assert.Equal(HttpStatusCode.OK, us.StatusCode);
        Assert.Equal(HttpStatusCode.OK, bg.StatusCode);
        return ward;
    }

    private static string BulgariaWithStaff()
    {
        var file = JsonNode.Parse(TestPractices.Bulgaria())!;
        file["staff"] = new JsonArray(
            Person("owner@sofia.example", "owner"), Person(BgCompliance, "compliance-officer"),
            Person(BgClinician, "clinician"));
        return file.ToJsonString();
    }

    private static JsonObject Person(string email, string role) =>
        new() { ["email"] = email, ["name"] = "Staff " + role, ["role"] = role };

    private static async Task<string> PatientIdAsync(WardTestServer ward, string practice)
    {
        await using var db = ward.OpenDb();
        return (await db.Patients.SingleAsync(p => p.PracticeId == practice)).Id;
    }
}
