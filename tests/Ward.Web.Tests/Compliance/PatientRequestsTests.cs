using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Ward.Host.Tests.Support;
using Ward.Web.Tests.Portal;
using Ward.Web.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Ward.Web.Tests.Compliance;

/// <summary>Patient access and erasure requests from the staff app: a number that does not
/// parse or is not on file is named beside the field; erasure without the confirmation changes
/// nothing; an export shows the record.</summary>
public sealed class PatientRequestsTests(WebFixture web) : IClassFixture<WebFixture>
{
    [ChromiumFact]
    public async Task ExportAndErase_BadInputRefusedBesideFields_ExportShowsTheRecord()
    {
        await PortalSteps.AddPatientAsync(web.Ward, "+15550100141", new DateOnly(1966, 3, 3));
        var page = await web.NewPageAsync();
        await StaffSteps.JoinAsync(page, web.Ward, TestPractices.Compliance);
        await page.GotoAsync(new Uri(web.Ward.BaseUrl, "compliance/patients").ToString());

        await page.GetByLabel("The patient's number").First.FillAsync("not a number");
        await page.GetByRole(AriaRole.Button, new() { Name = "Export" }).ClickAsync();
        var badNumber = await page.Locator("#export-phone-error").InnerTextAsync();
        await page.Locator("#erase-phone").FillAsync("+15550100141");
        await page.GetByRole(AriaRole.Button, new() { Name = "Erase" }).ClickAsync();
        var unconfirmed = await page.Locator("#erase-confirm-error").InnerTextAsync();
        await page.Locator("#export-phone").FillAsync("+1 555 010 0141");
        await page.GetByRole(AriaRole.Button, new() { Name = "Export" }).ClickAsync();

        Assert.StartsWith("Enter the patient's number", badNumber, StringComparison.Ordinal);
        Assert.Equal("Tick the box: erasure cannot be undone.", unconfirmed);
        await Expect(page.Locator("#export-result")).ToContainTextAsync("+15550100141");
        await Expect(page.Locator("#export-result")).ToContainTextAsync("1966-03-03");
        await using var db = web.Ward.OpenDb();
        Assert.Null((await db.Patients.SingleAsync()).ErasedAtMs);
    }
}
