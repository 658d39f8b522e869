using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Ward.Host.Tests.Support;
using Ward.Web.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Ward.Web.Tests.Inbox;

/// <summary>Working a conversation: filters, assignment and the "mine" view, a saved reply
/// with its variables filled in, and an internal note that is never sent.</summary>
public sealed class WorkflowTests(WebFixture web) : IClassFixture<WebFixture>
{
    [ChromiumFact]
    public async Task ClinicalFilter_ShowsOnlyClinicalConversations()
    {
        var page = await web.NewPageAsync();
        await StaffSteps.JoinAndOpenInboxAsync(page, web.Ward, TestPractices.Clinician);
        var clinical = await Patients.WriteAsync(web.Ward, Patients.NewWaId(),
            "should I double my metformin dose?", "Hal Sample");
        var routine = await Patients.WriteAsync(web.Ward, Patients.NewWaId(),
            "where do I park?", "Ida Sample");

        await page.GetByRole(AriaRole.Button, new() { Name = "Clinical", Exact = true }).ClickAsync();

        await Expect(page.Locator($"[data-conversation='{clinical}']")).ToBeVisibleAsync();
        await Expect(page.Locator($"[data-conversation='{routine}']")).ToHaveCountAsync(0);
    }

    [ChromiumFact]
    public async Task AssignSavedReplyAndNote_AsAPersonWouldUseThem()
    {
        var page = await web.NewPageAsync();
        await StaffSteps.JoinAndOpenInboxAsync(page, web.Ward, TestPractices.FrontDesk);
        var waId = Patients.NewWaId();
        var conversation = await Patients.WriteAsync(web.Ward, waId, "I need a sick note", "Jo Sample");
        await page.Locator($"[data-conversation='{conversation}']").ClickAsync();
        await page.Locator("section.thread").WaitForAsync();

        await page.GetByLabel("Assigned to").SelectOptionAsync(TestPractices.FrontDesk);
        await page.GetByRole(AriaRole.Button, new() { Name = "Mine", Exact = true }).ClickAsync();
        await Expect(page.Locator($"[data-conversation='{conversation}']")).ToBeVisibleAsync();
        await page.GetByLabel("Saved reply").SelectOptionAsync("Greeting");
        await Expect(page.GetByLabel("Reply to the patient")).ToHaveValueAsync(new Regex(
            "^Hello Jo Sample, this is Staff front-desk at Sunrise Family Practice\\."));
        await page.GetByLabel("Internal note (never sent)").FillAsync("Asked Dr Lee to sign it.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add note" }).ClickAsync();
        await Expect(page.Locator("li.msg.note")).ToContainTextAsync("Asked Dr Lee to sign it.");

        await using var db = web.Ward.OpenDb();
        var row = await db.Conversations.AsNoTracking().SingleAsync(c => c.Id == conversation);
        Assert.Equal(TestPractices.FrontDesk, row.AssignedTo);
        await Task.Delay(300);
        Assert.DoesNotContain(web.Ward.Providers.Requests, r => r.Body.Contains("Dr Lee", StringComparison.Ordinal));
    }
}
