using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Ward.Host.Tests.Support;

namespace Ward.Host.Tests.Portal;

/// <summary>
/// What a verified patient does in the portal: messages go through the same ingest and triage
/// as WhatsApp and SMS (an emergency gets the emergency reply in the chat and the on-call page),
/// a secure link opens its message for that patient only, bad input changes nothing, and the
/// answer to the consent question lands in the ledger.
/// </summary>
public sealed class PortalChatTests
{
    private const string Practice = "sunrise-family";
    private const string Phone = "+15550100123";
    private const string Dob = "1980-04-12";

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task EmergencyTyped_EmergencyReplyInTheChat_AndOnCallPaged(string database)
    {
        await using var ward = await WardTestServer.StartAsync(database,
            TestPractices.UnitedStates());
        await PortalCodes.AddPatientAsync(ward, Practice, Phone, new DateOnly(1980, 4, 12));
        using var browser = new PortalBrowser(ward, Practice);
        await browser.SignInAsync(ward, Phone, Dob);
        await browser.GetAsync();

        var sent = await browser.PostAsync("/messages",
            ("text", "my chest hurts and my left arm went numb"));
        var pages = await ward.Providers.WaitForAsync(r => r.Kind == "pagerduty"
            || (r.Kind == "sms" && r.Body.Contains("To=%2B15550100099")), 2);
        await browser.GetAsync();

        Assert.Equal(HttpStatusCode.SeeOther, sent.StatusCode);
        Assert.Equal(2, pages.Count);
        Assert.Contains("Call 911", browser.Page, StringComparison.Ordinal);
        Assert.DoesNotContain(pages, p => p.Body.Contains("chest", StringComparison.Ordinal)
            && p.Body.Contains("arm went numb", StringComparison.Ordinal));
        await using var db = ward.OpenDb();
        var inbound = await db.Messages.SingleAsync(m => m.Direction == "in");
        Assert.Equal(("portal", "emergency"), (inbound.Channel, inbound.Category));
        var reply = await ward.WaitForOutboxAsync(rows => rows.Any(r => r.Kind == "portal.text"
            && r.Status == "sent"));
        Assert.Contains(reply, r => r.Kind == "portal.text" && r.Status == "sent");
    }

    [Fact]
    public async Task RoutineMessage_PollReturnsItAndTheReply_AsJson()
    {
        await using var ward = await WardTestServer.StartAsync("sqlite",
            TestPractices.UnitedStates());
        await PortalCodes.AddPatientAsync(ward, Practice, Phone, new DateOnly(1980, 4, 12));
        using var browser = new PortalBrowser(ward, Practice);
        await browser.SignInAsync(ward, Phone, Dob);
        await browser.GetAsync();

        await browser.PostAsync("/messages", ("text", "what time do you open on saturday?"));
        await browser.GetAsync("/thread?after=0");

        using var json = JsonDocument.Parse(browser.Page);
        var messages = json.RootElement.GetProperty("messages").EnumerateArray().ToList();
        Assert.Equal(["in", "out"], messages.Select(m => m.GetProperty("direction").GetString()));
        Assert.Equal("what time do you open on saturday?",
            messages[0].GetProperty("text").GetString());
    }

    [Fact]
    public async Task SecureLink_AfterSignIn_ShowsThatMessageToItsPatientOnly()
    {
        await using var ward = await WardTestServer.StartAsync("sqlite",
            TestPractices.UnitedStates());
        await PortalCodes.AddPatientAsync(ward, Practice, Phone, new DateOnly(1980, 4, 12));
        await PortalCodes.AddPatientAsync(ward, Practice, "+15550100124", new DateOnly(1975, 1, 2));
        var messageId = await SmsReplyAsync(ward, Phone, "do you take new patients?");
        using var owner = new PortalBrowser(ward, Practice);
        using var other = new PortalBrowser(ward, Practice);

        var signIn = await owner.SignInAsync(ward, Phone, Dob, "/messages/" + messageId);
        await owner.GetAsync("/messages/" + messageId);
        await other.SignInAsync(ward, "+15550100124", "1975-01-02");
        await other.GetAsync("/messages/" + messageId);

        Assert.Equal($"/portal/{Practice}/messages/{messageId}",
            signIn.Headers.Location?.OriginalString);
        var replied = await SmsTextToAsync(ward, Phone);
        Assert.Equal(replied, LinkedText(owner.Page));
        Assert.Null(LinkedText(other.Page));
        Assert.DoesNotContain(replied, WebUtility.HtmlDecode(other.Page), StringComparison.Ordinal);
        await using var db = ward.OpenDb();
        Assert.True(await db.AuditEvents.AnyAsync(e => e.Action == "portal.link_opened"
            && e.ResourceId == messageId && e.Outcome == "not-found"));
    }

    [Fact]
    public async Task AnotherPatientsSession_CannotPollTheFirstPatientsThread()
    {
        await using var ward = await WardTestServer.StartAsync("sqlite",
            TestPractices.UnitedStates());
        await PortalCodes.AddPatientAsync(ward, Practice, Phone, new DateOnly(1980, 4, 12));
        await PortalCodes.AddPatientAsync(ward, Practice, "+15550100124", new DateOnly(1975, 1, 2));
        using var first = new PortalBrowser(ward, Practice);
        using var second = new PortalBrowser(ward, Practice);
        await first.SignInAsync(ward, Phone, Dob);
        await first.GetAsync();
        await first.PostAsync("/messages", ("text", "my knee still hurts after the fall"));

        await second.SignInAsync(ward, "+15550100124", "1975-01-02");
        await second.GetAsync("/thread?after=0");
        var secondThread = second.Page;
        await second.GetAsync();

        Assert.DoesNotContain("knee", secondThread, StringComparison.Ordinal);
        Assert.DoesNotContain("knee", second.Page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "Type a message first.")]
    [InlineData("   ", "Type a message first.")]
    [InlineData(null, "The message is too long; keep it under 10000 characters.")]
    public async Task BadMessage_MessageBesideTheField_NothingStored(string? text, string expected)
    {
        await using var ward = await WardTestServer.StartAsync("sqlite",
            TestPractices.UnitedStates());
        await PortalCodes.AddPatientAsync(ward, Practice, Phone, new DateOnly(1980, 4, 12));
        using var browser = new PortalBrowser(ward, Practice);
        await browser.SignInAsync(ward, Phone, Dob);
        await browser.GetAsync();

        var answer = await browser.PostAsync("/messages",
            ("text", text ?? new string('a', 100_000)));

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        Assert.Equal(expected, browser.ErrorBeside("text"));
        await using var db = ward.OpenDb();
        Assert.Empty(await db.Messages.ToListAsync());
    }

    [Fact]
    public async Task OverlongMessage_StartingWithAnEmergency_GetsTheReplyAndThePage()
    {
        await using var ward = await WardTestServer.StartAsync("sqlite",
            TestPractices.UnitedStates());
        await PortalCodes.AddPatientAsync(ward, Practice, Phone, new DateOnly(1980, 4, 12));
        using var browser = new PortalBrowser(ward, Practice);
        await browser.SignInAsync(ward, Phone, Dob);
        await browser.GetAsync();
        var text = "I can't breathe and my chest hurts so much, please help. "
            + string.Concat(Enumerable.Repeat("It started after dinner and got worse. ", 400));

        var sent = await browser.PostAsync("/messages", ("text", text));
        var pages = await ward.Providers.WaitForAsync(r => r.Kind == "pagerduty", 1);
        await browser.GetAsync();

        Assert.True(text.Length > 10_000);
        Assert.Equal(HttpStatusCode.SeeOther, sent.StatusCode);
        Assert.Single(pages);
        Assert.Contains("Call 911", browser.Page, StringComparison.Ordinal);
        await using var db = ward.OpenDb();
        var inbound = await db.Messages.SingleAsync(m => m.Direction == "in");
        Assert.Equal("emergency", inbound.Category);
    }

    [Fact]
    public async Task SignedOut_PostMessage_RedirectedToSignIn_NothingStored()
    {
        await using var ward = await WardTestServer.StartAsync("sqlite",
            TestPractices.UnitedStates());
        using var browser = new PortalBrowser(ward, Practice);
        await browser.GetAsync();

        var answer = await browser.PostAsync("/messages", ("text", "hello"));

        Assert.Equal(HttpStatusCode.SeeOther, answer.StatusCode);
        await using var db = ward.OpenDb();
        Assert.Empty(await db.Messages.ToListAsync());
    }

    [Fact]
    public async Task ConsentAnswer_BulgarianPatient_LedgerHoldsTheBulgarianQuestion()
    {
        await using var ward = await WardTestServer.StartAsync("sqlite",
            TestPractices.Bulgaria());
        await PortalCodes.AddPatientAsync(ward, "sofia-clinic", "+359888000111",
            new DateOnly(1990, 6, 1));
        using var browser = new PortalBrowser(ward, "sofia-clinic");
        await browser.GetAsync();
        var signInPage = browser.Page;
        await browser.SignInAsync(ward, "+359888000111", "1990-06-01");
        await browser.GetAsync();

        var answer = await browser.PostAsync("/consent", ("choice", "granted"));
        await browser.GetAsync();

        Assert.Equal(HttpStatusCode.SeeOther, answer.StatusCode);
        await using var db = ward.OpenDb();
        var entry = await db.Consents.SingleAsync();
        Assert.Equal(("messaging:portal", "granted", "bg", "portal"),
            (entry.Purpose, entry.Choice, entry.Language, entry.Channel));
        Assert.Matches("[а-яА-Я]", entry.TextShown);
        Assert.Contains("<html lang=\"bg\">", signInPage, StringComparison.Ordinal);
        Assert.Contains("Вашият мобилен номер", signInPage, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"consent\"", browser.Page, StringComparison.Ordinal);
    }

    /// <summary>A patient texts the practice; returns the id of Ward's reply in that SMS
    /// thread.</summary>
    private static async Task<string> SmsReplyAsync(WardTestServer ward, string phone, string text)
    {
        var form = ProviderPayloads.SmsForm(phone, TestPractices.UsSmsNumber, text);
        var response = await ward.Http.SendAsync(ProviderPayloads.TwilioRequest(ward.BaseUrl,
            "webhooks/twilio/sms", form, TestPractices.UsAuthToken));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var db = ward.OpenDb();
        return await db.Messages.Where(m => m.Direction == "out" && m.Channel == "sms")
            .Select(m => m.Id).SingleAsync();
    }

    /// <summary>The text Ward sent by SMS to <paramref name="phone"/> (not a code).</summary>
    private static async Task<string> SmsTextToAsync(WardTestServer ward, string phone)
    {
        var to = "To=" + Uri.EscapeDataString(phone);
        var sent = await ward.Providers.WaitForAsync(r => r.Kind == "sms"
            && r.Body.Contains(to, StringComparison.Ordinal)
            && !r.Body.Contains("code", StringComparison.Ordinal));
        var fields = System.Web.HttpUtility.ParseQueryString(sent[0].Body);
        return fields["Body"]!;
    }

    private static string? LinkedText(string page)
    {
        var match = System.Text.RegularExpressions.Regex.Match(page,
            "<section class=\"card linked\" id=\"linked\"><h2>Secure message</h2><p>([^<]*)</p>");
        return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value) : null;
    }
}
