using Microsoft.Playwright;
using Ward.Host.Tests.Support;
using Ward.Web.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Ward.Web.Tests.Compliance;

/// <summary>The setup checklist and the agreements screen in a real browser: seven steps in
/// order, each done or saying what is missing; an agreement added with a bad date is refused
/// beside the field and saves nothing; a good one completes the agreements step.</summary>
public sealed class SetupChecklistTests(WebFixture web) : IClassFixture<WebFixture>
{
    private static readonly string[] Steps =
    [
        "Agreements", "Channel verification", "EHR authorisation", "Knowledge base",
        "Message templates", "Emergency fallback and on-call path", "Rollout",
    ];

    [ChromiumFact]
    public async Task Checklist_SevenStepsInOrder_WhatsAppWithoutAgreementIsMissing()
    {
        var page = await web.NewPageAsync();
        await StaffSteps.JoinAsync(page, web.Ward, TestPractices.Owner);

        await page.GotoAsync(new Uri(web.Ward.BaseUrl, "setup").ToString());

        var titles = await page.Locator("#checklist > li h2").AllInnerTextsAsync();
        Assert.Equal(7, titles.Count);
        for (var i = 0; i < 7; i++)
        {
            Assert.Contains($"{i + 1}. {Steps[i]}", titles[i], StringComparison.Ordinal);
        }

        await Expect(page.Locator("#step-1 .tag")).ToHaveTextAsync("missing");
        await Expect(page.Locator("#step-1")).ToContainTextAsync("meta-whatsapp");
        await Expect(page.Locator("#step-3 .tag")).ToHaveTextAsync("not available yet");
        await Expect(page.Locator("#step-6 .tag")).ToHaveTextAsync("done");
        await Screenshots.TakeAsync(page, "setup-checklist", fullPage: true);
    }

    [ChromiumFact]
    public async Task AddAgreement_BadDateRefusedBesideField_GoodOneCompletesStep1()
    {
        var page = await web.NewPageAsync();
        await StaffSteps.JoinAsync(page, web.Ward, TestPractices.Compliance);
        await page.GotoAsync(new Uri(web.Ward.BaseUrl, "compliance/agreements").ToString());
        var before = await page.Locator("#agreements tbody tr").CountAsync();

        await page.GetByLabel("Vendor").FillAsync("meta-whatsapp");
        await page.GetByLabel("Kind").SelectOptionAsync("BAA");
        await page.GetByLabel("Executed on").FillAsync("2099-01-01");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add agreement" }).ClickAsync();
        var refused = await page.Locator("#executedOn-error").InnerTextAsync();
        var after = await page.Locator("#agreements tbody tr").CountAsync();
        await page.GetByLabel("Executed on").FillAsync("2026-11-03");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add agreement" }).ClickAsync();
        var saved = await page.Locator("#agreements tbody tr").CountAsync();
        await page.GotoAsync(new Uri(web.Ward.BaseUrl, "setup").ToString());

        Assert.Contains("must be", refused, StringComparison.Ordinal);
        Assert.Equal(before, after);
        Assert.Equal(before + 1, saved);
        await Expect(page.Locator("#step-1 .tag")).ToHaveTextAsync("done");
    }
}
