using Microsoft.Playwright;
using Ward.Host.Tests.Support;
using Ward.Web.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Ward.Web.Tests.Account;

/// <summary>A Ward whose practice signs staff out after three seconds without
/// activity.</summary>
public sealed class ShortIdleFixture : WebFixture
{
    internal override IReadOnlyDictionary<string, string?>? Settings { get; } =
        new Dictionary<string, string?> { [$"Ward:Staff:PracticeIdleMinutes:{WebWard.Practice}"] = "0.05" };
}

/// <summary>Automatic sign-out after inactivity (HIPAA 164.312(a)(2)(iii)), configured per
/// practice.</summary>
public sealed class IdleSignOutTests(ShortIdleFixture web) : IClassFixture<ShortIdleFixture>
{
    [ChromiumFact]
    public async Task InboxLeftAlone_SignsOutAndSessionEnds()
    {
        var page = await web.NewPageAsync();
        await StaffSteps.JoinAndOpenInboxAsync(page, web.Ward, TestPractices.FrontDesk);

        await page.WaitForURLAsync("**/account/signed-out?reason=idle", new() { Timeout = 15000 });
        await page.GotoAsync(new Uri(web.Ward.BaseUrl, "inbox").ToString());

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sign in" })).ToBeVisibleAsync();
    }
}
