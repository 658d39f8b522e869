using System.Data.Common;
using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Ward.Host.Tests.Support;

namespace Ward.Host.Tests.Ingest;

/// <summary>
/// Opt-out and opt-in keywords become consent ledger entries (TCPA opt-out, GDPR Art. 7(3)):
/// after STOP only an emergency is answered; START reopens the channel.
/// </summary>
public sealed class ConsentKeywordTests
{
    private const string WaId = "15550100123";
    private const string Routine = "what time do you open on saturday?";

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Stop_OnWhatsApp_WithdrawsMessagingAndMarketingWithoutReply(string provider)
    {
        await using var ward = await WardTestServer.StartAsync(
            provider, TestPractices.UnitedStates());

        await SendAsync(ward, "STOP");

        await using var db = ward.OpenDb();
        var stop = await db.Messages.SingleAsync(m => m.Direction == "in");
        var rows = await db.Consents.OrderBy(c => c.Id).ToListAsync();
        Assert.Equal([("messaging:whatsapp", "withdrawn"), ("marketing", "withdrawn")],
            rows.Select(r => (r.Purpose, r.Choice)));
        Assert.All(rows, r => Assert.Equal(stop.Id, r.MessageId));
        Assert.Equal(0, await db.Outbox.CountAsync());
        Assert.Equal(0, await db.Messages.CountAsync(m => m.Direction == "out"));
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task RoutineQuestion_AfterStop_NoReply(string provider)
    {
        await using var ward = await WardTestServer.StartAsync(
            provider, TestPractices.UnitedStates());
        await SendAsync(ward, "STOP");

        await SendAsync(ward, Routine);

        await using var db = ward.OpenDb();
        Assert.Equal(2, await db.Messages.CountAsync(m => m.Direction == "in"));
        Assert.Equal(0, await db.Outbox.CountAsync());
        Assert.DoesNotContain(ward.Providers.Requests, r => r.Kind == "whatsapp");
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Emergency_AfterStop_Still911ReplyAndPage(string provider)
    {
        await using var ward = await WardTestServer.StartAsync(
            provider, TestPractices.UnitedStates());
        await SendAsync(ward, "STOP");

        await SendAsync(ward, "crushing chest pain and I can't breathe");
        var replies = await ward.Providers.WaitForAsync(r => r.Kind == "whatsapp");
        var pages = await ward.Providers.WaitForAsync(r => r.Kind is "sms" or "pagerduty", 2);

        var reply = Assert.Single(replies);
        Assert.Contains("911", reply.Body);
        Assert.Contains($"\"to\":\"{WaId}\"", reply.Body);
        Assert.Equal(2, pages.Count);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Start_AfterStop_RegrantsMessagingAndRepliesResume(string provider)
    {
        await using var ward = await WardTestServer.StartAsync(
            provider, TestPractices.UnitedStates());
        await SendAsync(ward, "STOP");

        await SendAsync(ward, "START");
        await SendAsync(ward, Routine);
        var replies = await ward.Providers.WaitForAsync(r => r.Kind == "whatsapp");

        await using var db = ward.OpenDb();
        var last = await db.Consents.OrderBy(c => c.Id).LastAsync();
        Assert.Equal(("messaging:whatsapp", "granted"), (last.Purpose, last.Choice));
        Assert.Single(replies);
        Assert.Equal(1, await db.Outbox.CountAsync(o => o.Kind == "whatsapp.text"));
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task CantStopBleeding_NotAnOptOut_RepliesGoOn(string provider)
    {
        await using var ward = await WardTestServer.StartAsync(
            provider, TestPractices.UnitedStates());

        await SendAsync(ward, "I can't stop bleeding");
        await SendAsync(ward, Routine);

        await using var db = ward.OpenDb();
        Assert.Equal(0, await db.Consents.CountAsync());
        Assert.Equal(2, await db.Outbox.CountAsync(o => o.Kind == "whatsapp.text"));
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task ConsentList_AfterStop_PrintsLedgerRows(string provider)
    {
        await using var ward = await WardTestServer.StartAsync(
            provider, TestPractices.UnitedStatesWithStaff());
        await SendAsync(ward, "STOP");

        var result = await CliRunner.RunAsync(ward, "consent", "list", "--practice",
            "sunrise-family", "--user", TestPractices.Compliance);

        Assert.Equal(0, result.ExitCode);
        var printed = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => JsonDocument.Parse(l).RootElement)
            .Select(e => (Text(e, "purpose"), Text(e, "choice")));
        Assert.Equal([("messaging:whatsapp", "withdrawn"), ("marketing", "withdrawn")], printed);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task ConsentsTable_UpdateOrDelete_RefusedByDatabase(string provider)
    {
        await using var ward = await WardTestServer.StartAsync(
            provider, TestPractices.UnitedStates());
        await SendAsync(ward, "STOP");
        await using var db = ward.OpenDb();

        var update = await Record.ExceptionAsync(() =>
            db.Database.ExecuteSqlRawAsync("UPDATE consents SET choice = 'granted'"));
        var delete = await Record.ExceptionAsync(() =>
            db.Database.ExecuteSqlRawAsync("DELETE FROM consents"));

        Assert.IsAssignableFrom<DbException>(update);
        Assert.IsAssignableFrom<DbException>(delete);
        Assert.Equal(2, await db.Consents.CountAsync(c => c.Choice == "withdrawn"));
    }

    private static string? Text(JsonElement item, string property) =>
        item.GetProperty(property).GetString();

    private static async Task SendAsync(WardTestServer ward, string text)
    {
        using var response = await ward.Http.SendAsync(ProviderPayloads.WhatsAppRequest(
            ProviderPayloads.WhatsAppText(WaId, text)));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
