using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Ward.Access;
using Ward.Host.Tests.Support;
using Ward.Practices;

namespace Ward.Host.Tests.Practices;

/// <summary>Nothing that carries PHI is switched on before its agreement is on file: a
/// channel's "phi": "allowed" needs the vendor's agreement to pass the PHI gate (45 CFR
/// 164.502(e)).</summary>
public sealed class PhiSwitchTests
{
    [Fact]
    public async Task WhatsAppAllowed_NoMetaAgreement_RefusedByField_NothingImported()
    {
        await using var ward = await WardTestServer.StartAsync("sqlite");
        var file = JsonNode.Parse(TestPractices.UnitedStates())!;
        file["whatsApp"]!["phi"] = "allowed";

        var errors = await Import(ward, file);

        Assert.Contains(errors, e => e.StartsWith("whatsApp.phi: ", StringComparison.Ordinal));
        await using var db = ward.OpenDb();
        Assert.Equal(0, await db.Practices.CountAsync());
    }

    [Fact]
    public async Task SmsAllowed_TwilioBaaOnFile_Imported()
    {
        await using var ward = await WardTestServer.StartAsync("sqlite");
        var file = JsonNode.Parse(TestPractices.UnitedStates())!;
        file["sms"]!["phi"] = "allowed";

        var errors = await Import(ward, file);

        Assert.Empty(errors);
    }

    [Fact]
    public async Task SmsAllowed_AgreementTerminated_Refused()
    {
        await using var ward = await WardTestServer.StartAsync("sqlite");
        var file = JsonNode.Parse(TestPractices.UnitedStates())!;
        file["sms"]!["phi"] = "allowed";
        file["agreements"]![0]!["terminatedOn"] = "2026-11-20";

        var errors = await Import(ward, file);

        Assert.Contains(errors, e => e.StartsWith("sms.phi: ", StringComparison.Ordinal));
    }

    private static Task<IReadOnlyList<string>> Import(WardTestServer ward, JsonNode file) =>
        ward.App.Services.GetRequiredService<PracticeImporter>()
            .ImportAsync(file.ToJsonString(), Principal.System, CancellationToken.None);
}
