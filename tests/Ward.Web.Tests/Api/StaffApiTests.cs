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
    public async Task NotSignedIn_401_AndOpenApiDescribesTheApi()
    {
        var page = await web.NewPageAsync();

        var list = await page.APIRequest.GetAsync(Url("api/conversations"));
        var openApi = await page.APIRequest.GetAsync(Url("openapi/v1.json"));

        Assert.Equal(401, list.Status);
        Assert.Equal(200, openApi.Status);
        var paths = JsonDocument.Parse(await openApi.TextAsync()).RootElement.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/conversations/{id}/replies", out _));
        Assert.True(paths.TryGetProperty("/api/emergencies/{messageId}/acknowledgement", out _));
        Assert.False(paths.TryGetProperty("/webhooks/whatsapp", out _));
    }

    private string Url(string path) => new Uri(web.Ward.BaseUrl, path).ToString();
}
