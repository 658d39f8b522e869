using Microsoft.Playwright;
using Ward.Host.Tests.Support;
using Ward.Web.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Ward.Web.Tests.Account;

/// <summary>Staff sign-in in a real browser: invitation, password, TOTP enrolment with
/// recovery codes, sign-in with the code, the MFA gate and lockout (issue 5, part 1).</summary>
public sealed class SignInTests(WebFixture web) : IClassFixture<WebFixture>
{
    [ChromiumFact]
    public async Task Invitation_PasswordAndTotp_ThenSignInWithCodeOpensInbox()
    {
        var page = await web.NewPageAsync();

        var key = await StaffSteps.JoinAsync(page, web.Ward, TestPractices.FrontDesk);
        var recoveryCodes = await page.Locator("ul.codes li").CountAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Continue to the inbox" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await page.WaitForURLAsync("**/account/signed-out");
        await StaffSteps.SignInAsync(page, web.Ward, TestPractices.FrontDesk, key);
        await page.WaitForURLAsync("**/inbox");

        Assert.Equal(10, recoveryCodes);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Inbox" })).ToBeVisibleAsync();
    }

    [ChromiumFact]
    public async Task RecoveryCode_SignsInOnce_ThenRefused()
    {
        var page = await web.NewPageAsync();
        await StaffSteps.JoinAsync(page, web.Ward, TestPractices.Owner);
        var code = (await page.Locator("ul.codes li").First.TextContentAsync())!.Trim();
        await page.Context.ClearCookiesAsync();

        await SignInWithCodeAsync(page, TestPractices.Owner, code);
        await page.WaitForURLAsync("**/inbox**");
        await page.Context.ClearCookiesAsync();
        await SignInWithCodeAsync(page, TestPractices.Owner, code);

        await Expect(page.Locator(".error")).ToContainTextAsync("That code is not valid");
    }

    [ChromiumFact]
    public async Task PasswordOnly_AnyOtherPage_SendsToEnrolment()
    {
        var page = await web.NewPageAsync();
        var link = await web.Ward.InviteAsync(TestPractices.Clinician);
        await page.GotoAsync(link.ToString());
        await page.GetByLabel("New password").FillAsync(StaffSteps.Password);
        await page.GetByLabel("Password again").FillAsync(StaffSteps.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Set password" }).ClickAsync();
        await page.WaitForURLAsync("**/account/enrol");

        await page.GotoAsync(new Uri(web.Ward.BaseUrl, "inbox").ToString());
        var api = await page.APIRequest.GetAsync(new Uri(web.Ward.BaseUrl, "api/conversations").ToString());

        Assert.EndsWith("/account/enrol", page.Url, StringComparison.Ordinal);
        Assert.Equal(403, api.Status);
    }

    [ChromiumFact]
    public async Task WrongPassword_FiveTimes_LocksTheAccount()
    {
        var page = await web.NewPageAsync();
        await StaffSteps.JoinAsync(page, web.Ward, TestPractices.Auditor);
        await page.Context.ClearCookiesAsync();

        for (var i = 0; i < 5; i++)
        {
            await TryPasswordAsync(page, "not the password at all");
        }

        await TryPasswordAsync(page, StaffSteps.Password);

        await Expect(page.Locator(".error")).ToContainTextAsync("locked for 15 minutes");
    }

    [ChromiumFact]
    public async Task SignIn_EmptyFields_MessagesBesideEachField()
    {
        var page = await web.NewPageAsync();
        await page.GotoAsync(new Uri(web.Ward.BaseUrl, "account/sign-in").ToString());

        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();

        await Expect(page.Locator(".field:has(#email) .validation-message"))
            .ToHaveTextAsync("Enter your e-mail address.");
        await Expect(page.Locator(".field:has(#password) .validation-message"))
            .ToHaveTextAsync("Enter your password.");
    }

    private async Task TryPasswordAsync(IPage page, string password)
    {
        await page.GotoAsync(new Uri(web.Ward.BaseUrl, "account/sign-in").ToString());
        await page.GetByLabel("E-mail").FillAsync(TestPractices.Auditor);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await page.Locator(".error").WaitForAsync();
    }

    private async Task SignInWithCodeAsync(IPage page, string staffId, string code)
    {
        await page.GotoAsync(new Uri(web.Ward.BaseUrl, "account/sign-in").ToString());
        await page.GetByLabel("E-mail").FillAsync(staffId);
        await page.GetByLabel("Password").FillAsync(StaffSteps.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await page.WaitForURLAsync("**/account/sign-in/code**");
        await page.GetByLabel("6-digit code").FillAsync(code);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
    }
}
