using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Ward.Host.Tests.Support;
using Ward.Web.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Ward.Web.Tests.Inbox;

/// <summary>The thread page after a patient's STOP: the reply is refused beside the field and
/// nothing goes out (TCPA opt-out; GDPR Art. 7(3)).</summary>
public sealed class OptOutFormTests(WebFixture web) : IClassFixture<WebFixture>
{
    [ChromiumFact]
    public async Task ReplyForm_AfterStop_RefusedBesideTheField_NothingSent()
    {
        var page = await web.NewPageAsync();
        await StaffSteps.JoinAndOpenInboxAsync(page, web.Ward, TestPractices.FrontDesk);
        var waId = Patients.NewWaId();
        await Patients.WriteAsync(web.Ward, waId, "is the clinic open today?", "Kim Sample");
        var conversation = await Patients.WriteAsync(web.Ward, waId, "STOP", "Kim Sample");

        await page.Locator($"[data-conversation='{conversation}']").ClickAsync();
        await page.Locator("section.thread").WaitForAsync();
        await page.GetByLabel("Reply to the patient").FillAsync("Yes, until five.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send reply" }).ClickAsync();

        await Expect(page.Locator(".validation-message")).ToContainTextAsync("opted out");
        await Task.Delay(300);
        Assert.DoesNotContain(web.Ward.Providers.Requests,
            r => r.Body.Contains("until five", StringComparison.Ordinal));
        await using var db = web.Ward.OpenDb();
        Assert.Equal(0, await db.Messages.CountAsync(
            m => m.ConversationId == conversation && m.SentBy == TestPractices.FrontDesk));
    }
}
