using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Ward.Host.Tests.Support;
using Ward.Web.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Ward.Web.Tests.Inbox;

/// <summary>The thread view: a reply inside WhatsApp's 24-hour window, a template outside it,
/// and taking the conversation over from the assistant (issue 5, part 2).</summary>
public sealed class ThreadTests(WebFixture web) : IClassFixture<WebFixture>
{
    [ChromiumFact]
    public async Task ReplyInsideWindow_GoesToWhatsAppAndShowsDeliveryState()
    {
        var page = await web.NewPageAsync();
        await StaffSteps.JoinAndOpenInboxAsync(page, web.Ward, TestPractices.FrontDesk);
        var waId = Patients.NewWaId();
        var conversation = await Patients.WriteAsync(web.Ward, waId,
            "can I move my appointment to friday?", "Ana Sample");

        await OpenAsync(page, conversation);
        await Expect(page.Locator("#window")).ToContainTextAsync("WhatsApp window open");
        await page.GetByLabel("Reply to the patient").FillAsync("Yes, Friday at 10:00 works.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send reply" }).ClickAsync();
        var sent = await web.Ward.Providers.WaitForAsync(r => r.Kind == "whatsapp"
            && r.Body.Contains("Friday at 10:00", StringComparison.Ordinal));

        var reply = page.Locator("li.msg.out", new() { HasText = "Friday at 10:00" });
        // A 200 from the Graph API means accepted; delivery arrives later as a status webhook.
        await Expect(reply.Locator(".delivery")).ToHaveTextAsync("accepted");
        var id = await reply.GetAttributeAsync("data-id");
        await StatusCallbacks.PostAsync(web.Ward, id!, waId, "delivered");

        var body = JsonDocument.Parse(sent.Single().Body).RootElement;
        Assert.Equal("text", body.GetProperty("type").GetString());
        Assert.Equal(waId, body.GetProperty("to").GetString());
        await Expect(reply.Locator(".delivery")).ToHaveTextAsync("delivered");
        await Screenshots.TakeAsync(page, "inbox-thread");
        await page.SetViewportSizeAsync(390, 844);
        await Screenshots.TakeAsync(page, "inbox-thread-phone");
    }

    [ChromiumFact]
    public async Task WindowClosed_FreeTextBlocked_TemplateSent()
    {
        var page = await web.NewPageAsync();
        await StaffSteps.JoinAndOpenInboxAsync(page, web.Ward, TestPractices.Clinician);
        var waId = Patients.NewWaId();
        var conversation = await Patients.WriteAsync(web.Ward, waId, "thanks, see you", "Ben Sample");
        await Patients.AgeConversationAsync(web.Ward, conversation);

        await OpenAsync(page, conversation);
        await Expect(page.Locator("#window")).ToHaveTextAsync(
            "WhatsApp window closed: only an approved template can be sent");
        await Expect(page.GetByLabel("Reply to the patient")).ToHaveCountAsync(0);
        await page.GetByRole(AriaRole.Button, new() { Name = "Send template" }).ClickAsync();
        var sent = await web.Ward.Providers.WaitForAsync(r => r.Kind == "whatsapp"
            && r.Body.Contains(waId, StringComparison.Ordinal)
            && r.Body.Contains("\"template\"", StringComparison.Ordinal));

        var body = JsonDocument.Parse(sent.Single().Body).RootElement;
        Assert.Equal("template", body.GetProperty("type").GetString());
        Assert.Equal("ward_follow_up", body.GetProperty("template").GetProperty("name").GetString());
        Assert.Equal("en_US", body.GetProperty("template").GetProperty("language")
            .GetProperty("code").GetString());
    }

    [ChromiumFact]
    public async Task FailedStatus_ShownOnTheMessageWithItsCode()
    {
        var page = await web.NewPageAsync();
        await StaffSteps.JoinAndOpenInboxAsync(page, web.Ward, TestPractices.FrontDesk);
        var waId = Patients.NewWaId();
        var conversation = await Patients.WriteAsync(web.Ward, waId, "is the clinic open today?", "Eli Sample");
        await OpenAsync(page, conversation);
        await page.GetByLabel("Reply to the patient").FillAsync("We open at nine.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send reply" }).ClickAsync();
        var reply = page.Locator("li.msg.out", new() { HasText = "We open at nine." });
        await Expect(reply.Locator(".delivery")).ToHaveTextAsync("accepted");

        await StatusCallbacks.PostAsync(web.Ward, (await reply.GetAttributeAsync("data-id"))!, waId,
            "failed", 131047);

        await Expect(reply.Locator(".delivery")).ToHaveTextAsync("Failed to send (131047)");
    }

    [ChromiumFact]
    public async Task TakeOver_StoredAndShown_ThenHandBack()
    {
        var page = await web.NewPageAsync();
        await StaffSteps.JoinAndOpenInboxAsync(page, web.Ward, TestPractices.Owner);
        var waId = Patients.NewWaId();
        var conversation = await Patients.WriteAsync(web.Ward, waId,
            "what are your opening hours?", "Cleo Sample");

        await OpenAsync(page, conversation);
        await page.GetByRole(AriaRole.Button, new() { Name = "Take over from assistant" }).ClickAsync();
        await Expect(page.Locator("#takeover-state")).ToContainTextAsync("the assistant is silent");
        string? heldBy;
        await using (var db = web.Ward.OpenDb())
        {
            heldBy = (await db.Conversations.AsNoTracking().SingleAsync(c => c.Id == conversation)).TakenOverBy;
        }

        await Patients.WriteAsync(web.Ward, waId, "are you open on sunday too?", "Cleo Sample");
        await Expect(page.Locator("li.msg", new() { HasText = "sunday too" })).ToBeVisibleAsync();
        await Task.Delay(500);
        var toPatient = web.Ward.Providers.Requests.Count(r => r.Body.Contains(waId, StringComparison.Ordinal));
        await page.GetByRole(AriaRole.Button, new() { Name = "Hand back to assistant" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Take over from assistant" }))
            .ToBeVisibleAsync();

        Assert.Equal(TestPractices.Owner, heldBy);
        // Only the acknowledgement of the first message: none while the owner held it.
        Assert.Equal(1, toPatient);
        await using var after = web.Ward.OpenDb();
        Assert.Null((await after.Conversations.AsNoTracking().SingleAsync(c => c.Id == conversation)).TakenOverBy);
        Assert.True(await after.AuditEvents.AnyAsync(e => e.Action == "conversation.read"
            && e.ResourceId == conversation && e.ActorId == TestPractices.Owner));
    }

    [ChromiumFact]
    public async Task EmptyNote_MessageBesideField_NothingStored()
    {
        var page = await web.NewPageAsync();
        await StaffSteps.JoinAndOpenInboxAsync(page, web.Ward, TestPractices.FrontDesk);
        var conversation = await Patients.WriteAsync(web.Ward, Patients.NewWaId(), "hello", "Dev Sample");

        await OpenAsync(page, conversation);
        await page.GetByRole(AriaRole.Button, new() { Name = "Add note" }).ClickAsync();

        await Expect(page.Locator(".field:has(#note) .validation-message"))
            .ToHaveTextAsync("Write a note of 1 to 4000 characters.");
        await using var db = web.Ward.OpenDb();
        Assert.False(await db.ConversationNotes.AnyAsync(n => n.ConversationId == conversation));
    }

    private static async Task OpenAsync(IPage page, string conversation)
    {
        var item = page.Locator($"[data-conversation='{conversation}']");
        await item.ClickAsync();
        await page.Locator("section.thread").WaitForAsync();
    }
}
