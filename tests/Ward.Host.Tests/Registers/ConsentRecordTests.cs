using Microsoft.EntityFrameworkCore;
using Ward.Host.Tests.Support;

namespace Ward.Host.Tests.Registers;

/// <summary>Consent given outside a message is recorded with the exact text shown (GDPR Art.
/// 7(1)), by a named member of staff.</summary>
public sealed class ConsentRecordTests
{
    private const string Offer = "May we text you about flu vaccination days? Reply STOP to end.";

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task FrontDeskRecordsPaperConsent_LedgerHoldsExactText(string provider)
    {
        await using var ward = await WardTestServer.StartAsync(provider,
            TestPractices.UnitedStatesWithStaff());
        await ward.Http.SendAsync(ProviderPayloads.WhatsAppRequest(
            ProviderPayloads.WhatsAppText("15550100123", "hello")));

        var result = await CliRunner.RunAsync(ward, "consent", "record", "--practice",
            "sunrise-family", "--phone", "+15550100123", "--purpose", "marketing", "--choice",
            "granted", "--text", Offer, "--language", "en", "--channel", "paper", "--user",
            TestPractices.FrontDesk);

        Assert.Equal(0, result.ExitCode);
        await using var db = ward.OpenDb();
        var entry = await db.Consents.SingleAsync();
        Assert.Equal(("marketing", "granted", Offer, "paper", TestPractices.FrontDesk),
            (entry.Purpose, entry.Choice, entry.TextShown, entry.Channel, entry.RecordedBy));
        Assert.True(await db.AuditEvents.AnyAsync(e => e.Action == "consent.recorded"
            && e.ActorId == TestPractices.FrontDesk));
    }

    [Theory]
    [InlineData("--purpose", "newsletter")]
    [InlineData("--choice", "maybe")]
    [InlineData("--channel", "pigeon")]
    [InlineData("--text", " ")]
    public async Task BadValue_Refused2_NothingStored(string option, string value)
    {
        await using var ward = await WardTestServer.StartAsync("sqlite",
            TestPractices.UnitedStatesWithStaff());
        string[] call = ["consent", "record", "--practice", "sunrise-family", "--patient", "p-1",
            "--purpose", "marketing", "--choice", "granted", "--text", Offer, "--language", "en",
            "--channel", "paper", "--user", TestPractices.FrontDesk];
        var index = Array.IndexOf(call, option) + 1;
        call[index] = value;

        var result = await CliRunner.RunAsync(ward, call);

        Assert.Equal(2, result.ExitCode);
        await using var db = ward.OpenDb();
        Assert.Empty(await db.Consents.ToListAsync());
    }
}
