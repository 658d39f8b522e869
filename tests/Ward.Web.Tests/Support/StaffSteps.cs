using Microsoft.Playwright;
using OtpNet;

namespace Ward.Web.Tests.Support;

/// <summary>What a member of staff does in the browser to get in: accept the invitation, set a
/// password, enrol an authenticator, and later sign in with password and code.</summary>
internal static class StaffSteps
{
    public const string Password = "correct horse battery staple";

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, long> LastSteps =
        new(StringComparer.Ordinal);

    /// <summary>Accepts an invitation and enrols TOTP; returns the authenticator key.</summary>
    public static async Task<string> JoinAsync(IPage page, WebWard ward, string staffId)
    {
        var link = await ward.InviteAsync(staffId);
        await page.GotoAsync(link.ToString());
        await page.GetByLabel("New password").FillAsync(Password);
        await page.GetByLabel("Password again").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Set password" }).ClickAsync();
        await page.WaitForURLAsync("**/account/enrol");
        var key = await page.Locator("#totp-key").GetAttributeAsync("data-key")
            ?? throw new InvalidOperationException("The enrolment page shows no key.");
        await page.GetByLabel("Code from the app").FillAsync(await FreshCodeAsync(key));
        await page.GetByRole(AriaRole.Button, new() { Name = "Turn on" }).ClickAsync();
        await page.GetByText("Two-step sign-in is on").WaitForAsync();
        return key;
    }

    /// <summary>Joins and then opens the inbox.</summary>
    public static async Task JoinAndOpenInboxAsync(IPage page, WebWard ward, string staffId)
    {
        await JoinAsync(page, ward, staffId);
        await page.GetByRole(AriaRole.Link, new() { Name = "Continue to the inbox" }).ClickAsync();
        await page.WaitForURLAsync("**/inbox");
    }

    public static async Task SignInAsync(IPage page, WebWard ward, string staffId, string key)
    {
        await page.GotoAsync(new Uri(ward.BaseUrl, "account/sign-in").ToString());
        await page.GetByLabel("E-mail").FillAsync(staffId);
        await page.GetByLabel("Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await page.WaitForURLAsync("**/account/sign-in/code**");
        await page.GetByLabel("6-digit code").FillAsync(await FreshCodeAsync(key));
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
    }

    /// <summary>A code whose time step has not been used yet for this key: Ward accepts each
    /// step once (RFC 6238, 5.2), so a second sign-in within 30 seconds waits for the next
    /// code, as a person would.</summary>
    public static async Task<string> FreshCodeAsync(string key)
    {
        while (true)
        {
            var step = DateTimeOffset.UtcNow.ToUnixTimeSeconds() / 30;
            if (LastSteps.TryGetValue(key, out var last) && last >= step)
            {
                await Task.Delay(500);
                continue;
            }

            LastSteps[key] = step;
            return Code(key);
        }
    }

    /// <summary>The current code an authenticator app shows for <paramref name="key"/> (RFC
    /// 6238: 30-second steps, 6 digits, SHA-1).</summary>
    public static string Code(string key) => new Totp(Base32Encoding.ToBytes(key)).ComputeTotp();
}
