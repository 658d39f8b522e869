using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Ward.Host.Tests.Support;
using Ward.Web.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Ward.Web.Tests.Portal;

/// <summary>The patient portal in a real browser on a phone-sized screen: the identity check,
/// then messages that appear without reloading the page, an emergency answered in the chat,
/// and the consent question in the patient's language.</summary>
public sealed class PortalChatTests(WebFixture web) : IClassFixture<WebFixture>
{
    [ChromiumFact]
    public async Task IdentityCheckThenMessage_ReplyAppearsWithoutReload()
    {
        await PortalSteps.AddPatientAsync(web.Ward, "+15550100131", new DateOnly(1980, 4, 12));
        var page = await PhoneAsync();
        await PortalSteps.SignInAsync(page, web.Ward, "+15550100131", "1980-04-12");
        var url = page.Url;

        await page.GetByLabel("Your message").FillAsync("what time do you open on saturday?");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send" }).ClickAsync();

        await Expect(page.Locator("#thread li.msg.in"))
            .ToHaveTextAsync(new Regex("what time do you open on saturday\\?"));
        await Expect(page.Locator("#thread li.msg.out")).ToHaveCountAsync(1);
        await Expect(page.GetByLabel("Your message")).ToHaveValueAsync("");
        Assert.Equal(url, page.Url);
        await page.GetByRole(AriaRole.Button, new() { Name = "Yes" }).ClickAsync();
        await Expect(page.Locator("#consent")).ToHaveCountAsync(0);
        await Screenshots.TakeAsync(page, "portal-chat");
    }

    [ChromiumFact]
    public async Task PortalQuestion_StaffRepliesInTheInbox_ReplyAppearsInThePatientsChat()
    {
        var id = await PortalSteps.AddPatientAsync(web.Ward, "+15550100134",
            new DateOnly(1985, 7, 7));
        var patient = await PhoneAsync();
        await PortalSteps.SignInAsync(patient, web.Ward, "+15550100134", "1985-07-07");
        await patient.GetByLabel("Your message").FillAsync("are my blood test results back?");
        await patient.GetByRole(AriaRole.Button, new() { Name = "Send" }).ClickAsync();
        await Expect(patient.Locator("#thread li.msg.out")).ToHaveCountAsync(1);
        var staff = await web.NewPageAsync();
        await StaffSteps.JoinAndOpenInboxAsync(staff, web.Ward, TestPractices.FrontDesk);
        await using var db = web.Ward.OpenDb();
        var conversation = await db.Conversations
            .Where(c => c.Channel == "portal" && c.PatientId == id).Select(c => c.Id).SingleAsync();

        await staff.Locator($"[data-conversation='{conversation}']").ClickAsync();
        await staff.GetByLabel("Reply to the patient")
            .FillAsync("Yes: your cholesterol is back in the normal range.");
        await staff.GetByRole(AriaRole.Button, new() { Name = "Send reply" }).ClickAsync();

        // The reply carries health information; the portal shows it as written, since no vendor
        // sees the portal and the patient proved who they are.
        await Expect(patient.Locator("#thread li.msg.out")).ToHaveCountAsync(2);
        await Expect(patient.Locator("#thread li.msg.out").Last)
            .ToContainTextAsync("your cholesterol is back in the normal range");
        Assert.DoesNotContain(web.Ward.Providers.Requests, r =>
            r.Body.Contains("cholesterol", StringComparison.Ordinal));
    }

    [ChromiumFact]
    public async Task EmergencyTyped_EmergencyNumberShownInTheChat()
    {
        await PortalSteps.AddPatientAsync(web.Ward, "+15550100132", new DateOnly(1971, 9, 30));
        var page = await PhoneAsync();
        await PortalSteps.SignInAsync(page, web.Ward, "+15550100132", "1971-09-30");

        await page.GetByLabel("Your message").FillAsync("crushing chest pain and my left arm is numb");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send" }).ClickAsync();

        await Expect(page.Locator("#thread li.msg.out")).ToContainTextAsync("911");
    }

    [ChromiumFact]
    public async Task EmptyMessage_MessageBesideTheField()
    {
        await PortalSteps.AddPatientAsync(web.Ward, "+15550100133", new DateOnly(1990, 1, 1));
        var page = await PhoneAsync();
        await PortalSteps.SignInAsync(page, web.Ward, "+15550100133", "1990-01-01");

        await page.GetByLabel("Your message").FillAsync("   ");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send" }).ClickAsync();

        await Expect(page.Locator("#text-error")).ToHaveTextAsync("Type a message first.");
        await Expect(page.Locator("#thread li.msg")).ToHaveCountAsync(0);
    }

    private async Task<IPage> PhoneAsync()
    {
        var context = await web.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 390, Height = 844 }, IsMobile = true,
            HasTouch = true,
        });
        return await context.NewPageAsync();
    }
}
