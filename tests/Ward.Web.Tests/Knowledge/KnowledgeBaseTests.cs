using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Ward.Assistant.Knowledge;
using Ward.Host.Tests.Support;
using Ward.Knowledge;
using Ward.Web.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Ward.Web.Tests.Knowledge;

/// <summary>The Knowledge base page in a real browser: an edit is saved as the next version
/// and audited; a bad field is refused beside the field and saves nothing (issue 6).</summary>
public sealed class KnowledgeBaseTests(WebFixture web) : IClassFixture<WebFixture>
{
    [ChromiumFact]
    public async Task EditAnswer_SavedAsNextVersion_ListShowsIt()
    {
        await SeedAsync("parking-web", version: 3);
        var page = await web.NewPageAsync();
        await StaffSteps.JoinAsync(page, web.Ward, TestPractices.Owner);
        await page.GotoAsync(new Uri(web.Ward.BaseUrl, "knowledge").ToString());

        await page.GetByRole(AriaRole.Link, new() { Name = "parking-web" }).ClickAsync();
        await page.GetByLabel("Answer", new() { Exact = true })
            .FillAsync("Parking is free behind the building.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        await Expect(page.Locator("#saved")).ToHaveTextAsync("Saved as version 4.");
        await page.GotoAsync(new Uri(web.Ward.BaseUrl, "knowledge").ToString());
        await Expect(page.Locator("#entry-parking-web .version")).ToHaveTextAsync("v4");
        await using var db = web.Ward.OpenDb();
        Assert.True(await db.AuditEvents.AnyAsync(e => e.Action == "knowledge.edited"
            && e.ResourceId == "parking-web@4"));
    }

    [ChromiumFact]
    public async Task EmptyAnswerAndBadTranslation_RefusedBesideFields_NothingSaved()
    {
        await SeedAsync("wifi-web", version: 1);
        var page = await web.NewPageAsync();
        await StaffSteps.JoinAsync(page, web.Ward, TestPractices.FrontDesk);
        await page.GotoAsync(new Uri(web.Ward.BaseUrl, "knowledge/entries/wifi-web").ToString());

        await page.GetByLabel("Answer", new() { Exact = true }).FillAsync("");
        await page.GetByLabel("Translations (optional)")
            .FillAsync("{\"bulgarian\": {\"title\": \"Wi-Fi\", \"answer\": \"Да\"}}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        // The reader's rules for a knowledge-base file (README: "each problem named by its
        // field path"): an answer is required; translation keys are ISO 639-1 codes.
        await Expect(page.Locator("#answer-error")).ToContainTextAsync("required");
        await Expect(page.Locator("#translations-error")).ToContainTextAsync("ISO 639-1");
        await using var db = web.Ward.OpenDb();
        var row = await db.KnowledgeEntries.SingleAsync(e => e.EntryId == "wifi-web");
        Assert.Equal(1, row.Version);
        Assert.Contains("Ask at the desk", row.Document, StringComparison.Ordinal);
    }

    private async Task SeedAsync(string id, int version)
    {
        var entry = KnowledgeReader.Read($$"""
            entries:
              - id: {{id}}
                kind: faq
                owner: {{TestPractices.Owner}}
                version: {{version}}
                title: A question for {{id}}
                answer: Ask at the desk.
                keywords: [{{id}}]
            """).Entries[0];
        await using var db = web.Ward.OpenDb();
        await KnowledgeStore.SaveEntryAsync(db, WebWard.Practice, entry, "test", 0,
            CancellationToken.None);
        await db.SaveChangesAsync();
        await web.Ward.App.Services.GetRequiredService<PracticeAssistants>()
            .ReloadAsync(CancellationToken.None);
    }
}
