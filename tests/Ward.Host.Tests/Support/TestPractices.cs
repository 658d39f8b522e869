using System.Text.Json;

namespace Ward.Host.Tests.Support;

/// <summary>Practice files for tests, in the format of the practice-file contract.</summary>
internal static class TestPractices
{
    public const string UsWhatsAppNumberId = "100000000000001";
    public const string UsAppSecret = "test-app-secret-us";
    public const string UsVerifyToken = "test-verify-token-us";
    public const string UsAccessToken = "test-access-token-us";
    public const string UsSmsNumber = "+15550100000";
    public const string UsAuthToken = "test-auth-token-us";
    public const string UsOnCallMobile = "+15550100099";
    public const string BgSmsNumber = "+35924000000";
    public const string BgAuthToken = "test-auth-token-bg";
    public const string BgOnCallMobile = "+359888000999";

    public const string Owner = "owner@sunrise.example";
    public const string Compliance = "compliance@sunrise.example";
    public const string Clinician = "dr.lee@sunrise.example";
    public const string FrontDesk = "desk@sunrise.example";
    public const string Auditor = "auditor@sunrise.example";
    public const string ComplianceMobile = "+15550100198";

    /// <summary>The staff of one role each, by sign-in name.</summary>
    public static IReadOnlyDictionary<string, string> StaffByRole { get; } =
        new Dictionary<string, string>
        {
            ["owner"] = Owner, ["compliance-officer"] = Compliance, ["clinician"] = Clinician,
            ["front-desk"] = FrontDesk, ["auditor"] = Auditor,
        };

    /// <summary>The US practice with one member of staff in each role.</summary>
    public static string UnitedStatesWithStaff()
    {
        var file = System.Text.Json.Nodes.JsonNode.Parse(UnitedStates())!;
        var staff = new System.Text.Json.Nodes.JsonArray();
        foreach (var (role, email) in StaffByRole)
        {
            var person = new System.Text.Json.Nodes.JsonObject
            {
                ["email"] = email, ["name"] = "Staff " + role, ["role"] = role,
            };
            if (role == "compliance-officer")
            {
                person["mobile"] = ComplianceMobile;
            }

            staff.Add(person);
        }

        file["staff"] = staff;
        return file.ToJsonString();
    }

    public static string UnitedStates() => JsonSerializer.Serialize(new
    {
        id = "sunrise-family",
        name = "Sunrise Family Practice",
        country = "US",
        timeZone = "America/Chicago",
        whatsApp = new
        {
            phoneNumberId = UsWhatsAppNumberId, displayPhoneNumber = "+15550100000",
            accessToken = UsAccessToken, appSecret = UsAppSecret, verifyToken = UsVerifyToken,
        },
        sms = new
        {
            provider = "twilio", accountSid = "AC00000000000000000000000000000001",
            authToken = UsAuthToken, from = UsSmsNumber,
        },
        onCall = new
        {
            name = "Dr. Test Oncall", mobile = UsOnCallMobile,
            pagerDutyRoutingKey = "R0000000000000000000000000000001",
        },
        agreements = new[] { new { vendor = "twilio", kind = "BAA", executedOn = "2026-11-02" } },
    });

    public static string Bulgaria() => JsonSerializer.Serialize(new
    {
        id = "sofia-clinic",
        name = "Sofia Family Clinic",
        country = "BG",
        timeZone = "Europe/Sofia",
        sms = new
        {
            provider = "twilio", accountSid = "AC00000000000000000000000000000002",
            authToken = BgAuthToken, from = BgSmsNumber,
        },
        onCall = new { name = "Dr. Test Dezhuren", mobile = BgOnCallMobile },
        agreements = new[] { new { vendor = "twilio", kind = "DPA", executedOn = "2026-11-02" } },
    });
}
