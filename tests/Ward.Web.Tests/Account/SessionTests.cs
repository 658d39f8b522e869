using Microsoft.Playwright;
using Ward.Host.Tests.Support;
using Ward.Web.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Ward.Web.Tests.Account;

/// <summary>The owner's staff page and the session list: invite from the browser, see open
/// sessions, end one (issue 5, part 1).</summary>
public sealed class SessionTests(WebFixture web) : IClassFixture<WebFixture>
{
    [ChromiumFact]
    public async Task EndingASession_SignsThatBrowserOut()
    {
        var laptop = await web.NewPageAsync();
        var phone = await web.NewPageAsync();
        var key = await StaffSteps.JoinAsync(laptop, web.Ward, TestPractices.Owner);
        await StaffSteps.SignInAsync(phone, web.Ward, TestPractices.Owner, key);
        await phone.WaitForURLAsync("**/inbox");

        await laptop.GotoAsync(new Uri(web.Ward.BaseUrl, "account/sessions").ToString());
        var others = laptop.Locator("tbody tr:not([data-current])", new() { HasText = TestPractices.Owner });
        var open = await others.CountAsync();
        for (var i = 0; i < open; i++)
        {
            await others.First.GetByRole(AriaRole.Button, new() { Name = "End session" }).ClickAsync();
           
            await Expect(laptop.GetByRole(AriaRole.Status)).ToHaveTextAsync("Session ended.");
            await Expect(others).ToHaveCountAsync(open - i - 1);
        }

        await phone.GotoAsync(new Uri(web.Ward.BaseUrl, "inbox").ToString());

        Assert.True(open >= 1);
        await Expect(phone.GetByRole(AriaRole.Heading, new() { Name = "Sign in" })).ToBeVisibleAsync();
        await Expect(laptop.Locator("tbody tr[data-current]")).ToHaveCountAsync(1);
    }

    [ChromiumFact]
    public async Task OwnerInvitesFromStaffPage_LinkWorksOnce()
    {
        var owner = await web.NewPageAsync();
        await StaffSteps.JoinAsync(owner, web.Ward, TestPractices.Owner);
        await owner.GotoAsync(new Uri(web.Ward.BaseUrl, "staff").ToString());
        var row = owner.Locator("tbody tr", new() { HasText = TestPractices.Compliance });
        await row.GetByRole(AriaRole.Button, new() { Name = "Invite" }).ClickAsync();
        var link = await owner.Locator("#invitation-link").TextContentAsync();
        var invitee = await web.NewPageAsync();

        await invitee.GotoAsync(link!);
        await invitee.GetByLabel("New password").FillAsync(StaffSteps.Password);
        await invitee.GetByLabel("Password again").FillAsync(StaffSteps.Password);
        await invitee.GetByRole(AriaRole.Button, new() { Name = "Set password" }).ClickAsync();
        await invitee.WaitForURLAsync("**/account/enrol");
        var again = await web.NewPageAsync();
        await again.GotoAsync(link!);
        await again.GetByLabel("New password").FillAsync(StaffSteps.Password);
        await again.GetByLabel("Password again").FillAsync(StaffSteps.Password);
        await again.GetByRole(AriaRole.Button, new() { Name = "Set password" }).ClickAsync();

        await Expect(again.Locator(".error")).ToContainTextAsync("not valid");
    }
}
