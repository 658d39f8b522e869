using System.Text;
using Microsoft.Playwright;
using Ward.Host.Tests.Support;
using Ward.Web.Tests.Support;

namespace Ward.Web.Tests.Account;

/// <summary>The two-factor secrets at rest and in use: neither the authenticator key nor a
/// recovery code is readable in the database files, both still sign in, and a code is
/// accepted once (RFC 6238, 5.2).</summary>
public sealed class TwoFactorSecretsTests(WebFixture web) : IClassFixture<WebFixture>
{
    [ChromiumFact]
    public async Task Database_HoldsNeitherAuthenticatorKeyNorRecoveryCode_BothStillSignIn()
    {
        var page = await web.NewPageAsync();
        var key = await StaffSteps.JoinAsync(page, web.Ward, TestPractices.Compliance);
        var codes = (await page.Locator("ul.codes li").AllTextContentsAsync()).Select(c => c.Trim()).ToList();
        await page.Context.ClearCookiesAsync();

        var files = RawDatabase();
        await StaffSteps.SignInAsync(page, web.Ward, TestPractices.Compliance, key);
        await page.WaitForURLAsync(u => !u.Contains("/account/sign-in", StringComparison.Ordinal));
        await page.Context.ClearCookiesAsync();
        await SignInWithAsync(page, TestPractices.Compliance, codes[0]);
        await page.WaitForURLAsync(u => !u.Contains("/account/sign-in", StringComparison.Ordinal));

        Assert.Equal(10, codes.Count);
        Assert.DoesNotContain(key, files, StringComparison.Ordinal);
        Assert.All(codes, c => Assert.DoesNotContain(c, files, StringComparison.Ordinal));
    }

    [ChromiumFact]
    public async Task SameCode_Twice_SecondRefused()
    {
        var first = await web.NewPageAsync();
        var key = await StaffSteps.JoinAsync(first, web.Ward, TestPractices.Clinician);
        var code = await StaffSteps.FreshCodeAsync(key);
        var second = await web.NewPageAsync();

        await SignInWithAsync(first, TestPractices.Clinician, code, clearCookies: true);
        await first.WaitForURLAsync("**/inbox**");
        await SignInWithAsync(second, TestPractices.Clinician, code);

        await second.Locator(".error").WaitForAsync();
        Assert.Contains("/account/sign-in/code", second.Url, StringComparison.Ordinal);
    }

    // Every database file as text: the main file, the write-ahead log and the shared memory.
    private string RawDatabase()
    {
        var text = new StringBuilder();
        foreach (var file in Directory.EnumerateFiles(web.Ward.Database.DataDirectory, "*.db*",
            SearchOption.AllDirectories))
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            using var reader = new StreamReader(stream, Encoding.Latin1);
            text.Append(reader.ReadToEnd());
        }

        return text.ToString();
    }

    private async Task SignInWithAsync(IPage page, string staffId, string code, bool clearCookies = false)
    {
        if (clearCookies)
        {
            await page.Context.ClearCookiesAsync();
        }

        await page.GotoAsync(new Uri(web.Ward.BaseUrl, "account/sign-in").ToString());
        await page.GetByLabel("E-mail").FillAsync(staffId);
        await page.GetByLabel("Password").FillAsync(StaffSteps.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await page.WaitForURLAsync("**/account/sign-in/code**");
        await page.GetByLabel("6-digit code").FillAsync(code);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
    }
}
