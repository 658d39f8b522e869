using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Ward.Host.Tests.Support;
using Ward.Web.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Ward.Web.Tests.Compliance;

/// <summary>The compliance screens' forms in a real browser: bad input gets a message beside
/// its field and saves nothing; good input is stored by the same registers the commands
/// use.</summary>
public sealed class ComplianceFormsTests(WebFixture web) : IClassFixture<WebFixture>
{
    [ChromiumFact]
    public async Task Breach_BadCountThenGood_RefusedBesideField_ThenListedWithClocks()
    {
        var page = await web.NewPageAsync();
        await StaffSteps.JoinAsync(page, web.Ward, TestPractices.Compliance);
        await page.GotoAsync(new Uri(web.Ward.BaseUrl, "compliance/breaches").ToString());

        await page.GetByLabel("What happened").FillAsync("Laptop with the schedule stolen from a car");
        await page.GetByLabel("People affected").FillAsync("twelve");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record incident" }).ClickAsync();
        var refused = await page.Locator("#affected-error").InnerTextAsync();
        await using (var db = web.Ward.OpenDb())
        {
            Assert.Equal(0, await db.Breaches.CountAsync());
        }

        await page.GetByLabel("People affected").FillAsync("12");
        await page.Locator("#determination").SelectOptionAsync("breach");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record incident" }).ClickAsync();

        Assert.Equal("Enter a whole number, 0 or more.", refused);
        await Expect(page.Locator("#breaches tbody tr")).ToHaveCountAsync(1);
        // HIPAA 164.404(b): individuals within 60 days of discovery.
        await Expect(page.Locator("#breaches")).ToContainTextAsync("59 days left");
    }

    [ChromiumFact]
    public async Task AuditTrail_BadDateBesideField_VerifyReportsIntact()
    {
        var page = await web.NewPageAsync();
        await StaffSteps.JoinAsync(page, web.Ward, TestPractices.Auditor);

        await page.GotoAsync(new Uri(web.Ward.BaseUrl, "compliance/audit?from=yesterday").ToString());
        var refused = await page.Locator("#from-error").InnerTextAsync();
        await page.GotoAsync(new Uri(web.Ward.BaseUrl, "compliance/audit?action=practice").ToString());
        await page.GetByRole(AriaRole.Button, new() { Name = "Verify the chain" }).ClickAsync();

        Assert.Equal("From must be a date as YYYY-MM-DD.", refused);
        await Expect(page.Locator("#audit-events")).ToContainTextAsync("practice.imported");
        await Expect(page.Locator("#verify-result")).ToContainTextAsync("Intact");
    }

    [ChromiumFact]
    public async Task PhiAllowedOnWhatsApp_NoAgreement_RefusedAndUnchanged()
    {
        var page = await web.NewPageAsync();
        await StaffSteps.JoinAsync(page, web.Ward, TestPractices.Owner);
        await page.GotoAsync(new Uri(web.Ward.BaseUrl, "compliance/phi").ToString());

        await page.Locator("#phi-whatsapp-value").SelectOptionAsync("allowed");
        await page.Locator("form:has(#phi-whatsapp-value) button").ClickAsync();

        await Expect(page.Locator("#phi-whatsapp-error")).ToContainTextAsync("meta-whatsapp");
        await page.GotoAsync(new Uri(web.Ward.BaseUrl, "compliance/phi").ToString());
        Assert.Equal("minimum-necessary",
            await page.Locator("#phi-whatsapp-value").InputValueAsync());
    }
}
