using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Ward.Access;
using Ward.Host.Tests.Support;
using Ward.Practices;

namespace Ward.Host.Tests.Practices;

public sealed class PracticeImportTests
{
    [Theory]
    [InlineData("whatsApp.appSecret", null, "whatsApp.appSecret: is required")]
    [InlineData("country", "XX", "country: must be")]
    [InlineData("timeZone", "Mars/Olympus", "timeZone: must be")]
    [InlineData("sms.accountSid", "AC123", "sms.accountSid: must be")]
    [InlineData("onCall.mobile", "555-0199", "onCall.mobile: must be")]
    [InlineData("agreements.0.kind", "NDA", "agreements[0].kind: must be BAA or DPA")]
    [InlineData("agreements.0.executedOn", "2099-01-01", "agreements[0].executedOn: must be")]
    public async Task InvalidField_ErrorNamesField_NothingImported(
        string field, string? value, string expected)
    {
        await using var ward = await WardTestServer.StartAsync("sqlite");
        var file = JsonNode.Parse(TestPractices.UnitedStates())!;
        Set(file, field, value);

        var errors = await Importer(ward).ImportAsync(file.ToJsonString(), Principal.System, CancellationToken.None);

        Assert.Contains(errors, e => e.StartsWith(expected, StringComparison.Ordinal));
        await using var db = ward.OpenDb();
        Assert.Equal(0, await db.Practices.CountAsync());
        Assert.Equal(0, await db.AuditEvents.CountAsync());
    }

    [Fact]
    public async Task UnknownField_NamedInError_NothingImported()
    {
        await using var ward = await WardTestServer.StartAsync("sqlite");
        var file = JsonNode.Parse(TestPractices.UnitedStates())!;
        file["onCallPhone"] = "+15550100098";

        var errors = await Importer(ward).ImportAsync(file.ToJsonString(), Principal.System, CancellationToken.None);

        Assert.Contains(errors, e => e.StartsWith("onCallPhone: is not a known field", StringComparison.Ordinal));
        await using var db = ward.OpenDb();
        Assert.Equal(0, await db.Practices.CountAsync());
    }

    [Fact]
    public async Task ErrorMessage_NeverEchoesSecretValue()
    {
        await using var ward = await WardTestServer.StartAsync("sqlite");
        var file = JsonNode.Parse(TestPractices.UnitedStates())!;
        file["sms"]!["accountSid"] = "super-secret-value-1234";

        var errors = await Importer(ward).ImportAsync(file.ToJsonString(), Principal.System, CancellationToken.None);

        Assert.NotEmpty(errors);
        Assert.DoesNotContain(errors, e => e.Contains("super-secret-value-1234"));
    }

    [Fact]
    public async Task ValidFile_SecretsStoredEncrypted_ReimportUpdates()
    {
        await using var ward = await WardTestServer.StartAsync("sqlite");
        var file = JsonNode.Parse(TestPractices.UnitedStates())!;

        var first = await Importer(ward).ImportAsync(file.ToJsonString(), Principal.System, CancellationToken.None);
        file["name"] = "Sunrise Family Practice West";
        var second = await Importer(ward).ImportAsync(file.ToJsonString(), Principal.System, CancellationToken.None);

        Assert.Empty(first);
        Assert.Empty(second);
        await using var db = ward.OpenDb();
        var row = await db.Practices.SingleAsync();
        Assert.Equal("Sunrise Family Practice West", row.Name);
        var stored = Encoding.UTF8.GetString(row.SettingsCipher);
        Assert.DoesNotContain(TestPractices.UsAppSecret, stored);
        Assert.DoesNotContain(TestPractices.UsAuthToken, stored);
        Assert.Equal(2, await db.AuditEvents.CountAsync(e => e.Action == "practice.imported"));
    }

    [Fact]
    public async Task SecondPractice_SameSmsNumber_Refused()
    {
        await using var ward = await WardTestServer.StartAsync("sqlite", TestPractices.UnitedStates());
        var other = JsonNode.Parse(TestPractices.Bulgaria())!;
        other["sms"]!["from"] = TestPractices.UsSmsNumber;

        var errors = await Importer(ward).ImportAsync(other.ToJsonString(), Principal.System, CancellationToken.None);

        Assert.Equal(["sms.from: already belongs to another practice"], errors);
    }

    private static PracticeImporter Importer(WardTestServer ward) =>
        ward.App.Services.GetRequiredService<PracticeImporter>();

    [Theory]
    [InlineData("staff.0.role", "superuser", "staff[0].role: must be one of owner, ")]
    [InlineData("staff.0.role", "system", "staff[0].role: must be one of owner, ")]
    [InlineData("staff.0.email", "not-an-address", "staff[0].email: must be an e-mail address")]
    [InlineData("agreements.0.service", "fax", "agreements[0].service: must be one of")]
    [InlineData("agreements.0.termination", "keep", "agreements[0].termination: must be")]
    [InlineData("agreements.0.terminatedOn", "2020-01-01", "agreements[0].terminatedOn: must be")]
    [InlineData("sms.phi", "sometimes", "sms.phi: must be \"minimum-necessary\" or \"allowed\"")]
    public async Task InvalidComplianceField_ErrorNamesField_NothingImported(
        string field, string value, string expected)
    {
        await using var ward = await WardTestServer.StartAsync("sqlite");
        var file = JsonNode.Parse(TestPractices.UnitedStatesWithStaff())!;
        Set(file, field, value);

        var errors = await Importer(ward).ImportAsync(file.ToJsonString(), Principal.System,
            CancellationToken.None);

        Assert.Contains(errors, e => e.StartsWith(expected, StringComparison.Ordinal));
        await using var db = ward.OpenDb();
        Assert.Equal(0, await db.Practices.CountAsync());
        Assert.Equal(0, await db.Users.CountAsync());
    }

    [Fact]
    public async Task AuditYearsUnderSix_Refused()
    {
        await using var ward = await WardTestServer.StartAsync("sqlite");
        var file = JsonNode.Parse(TestPractices.UnitedStates())!;
        file["retention"] = new JsonObject { ["auditYears"] = 3 };

        var errors = await Importer(ward).ImportAsync(file.ToJsonString(), Principal.System,
            CancellationToken.None);

        // 45 CFR 164.316(b)(2)(i): six years.
        Assert.Contains("retention.auditYears: must be from 6 to 100 years", errors);
    }

    [Fact]
    public async Task Staff_StoredWithRoleNameSealed()
    {
        await using var ward = await WardTestServer.StartAsync("sqlite",
            TestPractices.UnitedStatesWithStaff());

        await using var db = ward.OpenDb();
        var users = await db.Users.OrderBy(u => u.Id).ToListAsync();

        Assert.Equal(5, users.Count);
        Assert.Equal("compliance-officer", users.Single(u => u.Id == TestPractices.Compliance).Role);
        Assert.All(users, u => Assert.DoesNotContain("Staff",
            Encoding.UTF8.GetString(u.NameCipher), StringComparison.Ordinal));
    }

    private static void Set(JsonNode file, string path, string? value)
    {
        var parts = path.Split('.');
        var node = file;
        foreach (var part in parts[..^1])
        {
            node = int.TryParse(part, out var i) ? node[i]! : node[part]!;
        }

        node[parts[^1]] = value is null ? null : JsonValue.Create(value);
    }
}
