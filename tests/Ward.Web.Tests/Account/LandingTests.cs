using Microsoft.Playwright;
using Ward.Host.Tests.Support;
using Ward.Web.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Ward.Web.Tests.Account;

/// <summary>Where each role lands and what the page says of itself: a page the role may open,
/// only the links it can use, and a title that names the page, never a patient.</summary>
public sealed class LandingTests(WebFixture web) : IClassFixture<WebFixture>
{
    [ChromiumFact]
    public async Task Auditor_SignsIn_LandsOnTheAuditTrail_NoInboxLink()
    {
        var page = await web.NewPageAsync();
        var key = await StaffSteps.JoinAsync(page, web.Ward, TestPractices.Auditor);
        await page.Context.ClearCookiesAsync();

        await StaffSteps.SignInAsync(page, web.Ward, TestPractices.Auditor, key);
        await page.WaitForURLAsync(u => !u.Contains("/account/sign-in", StringComparison.Ordinal));

        Assert.EndsWith("/compliance/audit", page.Url, StringComparison.Ordinal);
        Assert.Equal("Audit trail · Ward", await page.TitleAsync());
        Assert.Equal(0, await page.GetByRole(AriaRole.Navigation)
            .GetByRole(AriaRole.Link, new() { Name = "Inbox" }).CountAsync());
    }

    [ChromiumFact]
    public async Task InboxAndConversation_TitledWithoutThePatient()
    {
        var page = await web.NewPageAsync();
        await StaffSteps.JoinAndOpenInboxAsync(page, web.Ward, TestPractices.FrontDesk);
        var conversation = await Patients.WriteAsync(web.Ward, Patients.NewWaId(), "hello", "Jo Sample");

        // Blazor's enhanced navigation swaps the head after the address changes: wait for it.
        await Expect(page).ToHaveTitleAsync("Inbox · Ward");
        await page.GotoAsync(new Uri(web.Ward.BaseUrl, $"inbox/conversations/{conversation}").ToString());

        await Expect(page).ToHaveTitleAsync("Conversation · Ward");
    }
}
