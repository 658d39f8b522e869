using System.Text.Json;
using Ward.Host.Tests.Support;
using Ward.Web.Tests.Support;

namespace Ward.Web.Tests.Api;

/// <summary>The REST API behind the screens: same sign-in, same permissions, described by
/// OpenAPI (issue 5, part 6).</summary>
public sealed class StaffApiTests(WebFixture web) : IClassFixture<WebFixture>
{
    [ChromiumFact]
    public async Task FrontDesk_ListsReadsAndReplies_ThroughTheOutbox()
    {
        var page = await web.NewPageAsync();
        await StaffSteps.JoinAsync(page, web.Ward, TestPractices.FrontDesk);
        var waId = Patients.NewWaId();
        var conversation = await Patients.WriteAsync(web.Ward, waId, "do you take walk-ins?", "Fay Sample");

        var list = await page.APIRequest.GetAsync(Url("api/conversations"));
        var thread = await page.APIRequest.GetAsync(Url($"api/conversations/{conversation}"));
        var reply = await page.APIRequest.PostAsync(Url($"api/conversations/{conversation}/replies"),
            new() { DataObject = new { text = "Yes, until noon." } });
        var sent = await web.Ward.Providers.WaitForAsync(r => r.Kind == "whatsapp"
            && r.Body.Contains("until noon", StringComparison.Ordinal));

        Assert.Equal(200, list.Status);
        Assert.Contains(conversation, await list.TextAsync(), StringComparison.Ordinal);
        Assert.Equal(200, thread.Status);
        Assert.Contains("do you take walk-ins?", await thread.TextAsync(), StringComparison.Ordinal);
        Assert.Equal(200, reply.Status);
        Assert.Single(sent);
    }

    [ChromiumFact]
    public async Task EmptyReply_400NamingTheField_NothingSent()
    {
        var page = await web.NewPageAsync();
        await StaffSteps.JoinAsync(page, web.Ward, TestPractices.Clinician);
        var waId = Patients.NewWaId();
        var conversation = await Patients.WriteAsync(web.Ward, waId, "hello there", "Gus Sample");
        var acknowledgement = await web.Ward.Providers.WaitForAsync(r => r.Body.Contains(waId, StringComparison.Ordinal));

        var reply = await page.APIRequest.PostAsync(Url($"api/conversations/{conversation}/replies"),
            new() { DataObject = new { text = "   " } });

        Assert.Equal(400, reply.Status);
        var errors = JsonDocument.Parse(await reply.TextAsync()).RootElement.GetProperty("errors");
        Assert.True(errors.TryGetProperty("text", out _));
        await Task.Delay(300);
        Assert.Single(acknowledgement);
        Assert.Single(web.Ward.Providers.Requests, r => r.Body.Contains(waId, StringComparison.Ordinal));
    }

    [ChromiumFact]
    public async Task Auditor_MessagesRefused_403()
    {
        var page = await web.NewPageAsync();
        await StaffSteps.JoinAsync(page, web.Ward, TestPractices.Auditor);

        var list = await page.APIRequest.GetAsync(Url("api/conversations"));
        await page.GotoAsync(Url("inbox"));

        Assert.Equal(403, list.Status);
        Assert.EndsWith("/account/denied?ReturnUrl=%2Finbox", page.Url, StringComparison.Ordinal);
    }

    [ChromiumFact]
    public async Task NotSignedIn_401_ForTheApiAndItsDescription()
    {
        var page = await web.NewPageAsync();

        var list = await page.APIRequest.GetAsync(Url("api/conversations"));
        var openApi = await page.APIRequest.GetAsync(Url("openapi/v1.json"));

        Assert.Equal(401, list.Status);
        Assert.Equal(401, openApi.Status);
    }

    [ChromiumFact]
    public async Task SignedIn_OpenApiDescribesTheApi()
    {
        var page = await web.NewPageAsync();
        await StaffSteps.JoinAsync(page, web.Ward, TestPractices.Auditor);

        var openApi = await page.APIRequest.GetAsync(Url("openapi/v1.json"));

        Assert.Equal(200, openApi.Status);
        var paths = JsonDocument.Parse(await openApi.TextAsync()).RootElement.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/conversations/{id}/replies", out _));
        Assert.True(paths.TryGetProperty("/api/emergencies/{messageId}/acknowledgement", out _));
        Assert.False(paths.TryGetProperty("/webhooks/whatsapp", out _));
    }

    [ChromiumFact]
    public async Task SavedReplyPlaceholders_SentThroughTheApi_FilledIn()
    {
        var page = await web.NewPageAsync();
        await StaffSteps.JoinAsync(page, web.Ward, TestPractices.FrontDesk);
        var waId = Patients.NewWaId();
        var conversation = await Patients.WriteAsync(web.Ward, waId, "can I book a visit?", "Hal Sample");

        var reply = await page.APIRequest.PostAsync(Url($"api/conversations/{conversation}/replies"),
            new() { DataObject = new { text = "Hello {patient}, this is {me} at {practice}." } });
        var sent = await web.Ward.Providers.WaitForAsync(r => r.Kind == "whatsapp"
            && r.Body.Contains("Hello Hal Sample", StringComparison.Ordinal));

        Assert.Equal(200, reply.Status);
        var body = Assert.Single(sent).Body;
        Assert.Contains("Sunrise Family Practice", body, StringComparison.Ordinal);
        Assert.DoesNotContain("{me}", body, StringComparison.Ordinal);
        Assert.DoesNotContain("{practice}", body, StringComparison.Ordinal);
    }

    [ChromiumFact]
    public async Task Assign_WithoutStaffIdOrUnknown_400NamingTheField_NothingChanged()
    {
        var page = await web.NewPageAsync();
        await StaffSteps.JoinAsync(page, web.Ward, TestPractices.FrontDesk);
        var conversation = await Patients.WriteAsync(web.Ward, Patients.NewWaId(), "hi", "Ida Sample");

        var missing = await page.APIRequest.PutAsync(Url($"api/conversations/{conversation}/assignee"),
            new() { DataObject = new { } });
        var unknown = await page.APIRequest.PutAsync(Url($"api/conversations/{conversation}/assignee"),
            new() { DataObject = new { staffId = "nobody@nowhere.example" } });

        Assert.Equal(400, missing.Status);
        Assert.Equal(400, unknown.Status);
        foreach (var answer in new[] { missing, unknown })
        {
            var errors = JsonDocument.Parse(await answer.TextAsync()).RootElement.GetProperty("errors");
            Assert.True(errors.TryGetProperty("staffId", out _));
        }

        await using var db = web.Ward.OpenDb();
        Assert.Null((await db.Conversations.FindAsync(conversation))!.AssignedTo);
    }

    [ChromiumFact]
    public async Task Acknowledge_NoOpenEmergency_409ProblemDetails()
    {
        var page = await web.NewPageAsync();
        await StaffSteps.JoinAsync(page, web.Ward, TestPractices.Clinician);

        var answer = await page.APIRequest.PostAsync(
            Url($"api/emergencies/{Guid.NewGuid()}/acknowledgement"), new() { DataObject = new { } });

        Assert.Equal(409, answer.Status);
        Assert.StartsWith("application/problem+json", answer.Headers["content-type"], StringComparison.Ordinal);
        var problem = JsonDocument.Parse(await answer.TextAsync()).RootElement;
        Assert.Equal(409, problem.GetProperty("status").GetInt32());
        Assert.True(problem.TryGetProperty("title", out _));
    }

    private string Url(string path) => new Uri(web.Ward.BaseUrl, path).ToString();
}
