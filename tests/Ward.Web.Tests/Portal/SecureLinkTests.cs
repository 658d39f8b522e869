using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Ward.Host.Tests.Support;
using Ward.Web.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Ward.Web.Tests.Portal;

/// <summary>Minimum necessary end to end: a staff reply that reveals health information goes
/// to WhatsApp (no agreement with Meta on file) as a link; the patient follows it, proves who
/// they are, and reads the reply in the portal (45 CFR 164.502(b)).</summary>
public sealed partial class SecureLinkTests(WebFixture web) : IClassFixture<WebFixture>
{
    [ChromiumFact]
    public async Task StaffReplyWithPhi_WhatsAppGetsALink_PatientReadsItAfterTheCheck()
    {
        const string waId = "15550100151";
        using var request = ProviderPayloads.WhatsAppRequest(
            ProviderPayloads.WhatsAppText(waId, "did my lab results come back?", name: "Lab Sample"));
        using var response = await web.Ward.Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await PortalSteps.AddPatientAsync(web.Ward, "+" + waId, new DateOnly(1979, 5, 5));
        var staff = await web.NewPageAsync();
        await StaffSteps.JoinAndOpenInboxAsync(staff, web.Ward, TestPractices.Clinician);
        await staff.Locator("[data-conversation]").First.ClickAsync();
        await staff.GetByLabel("Reply to the patient")
            .FillAsync("Your cholesterol results came back normal.");
        await staff.GetByRole(AriaRole.Button, new() { Name = "Send reply" }).ClickAsync();
        var sent = await web.Ward.Providers.WaitForAsync(r => r.Kind == "whatsapp"
            && r.Body.Contains("/portal/", StringComparison.Ordinal));
        var text = JsonDocument.Parse(sent.Single().Body).RootElement
            .GetProperty("text").GetProperty("body").GetString()!;
        var link = Link().Match(text).Value;

        var patient = await web.Browser.NewPageAsync(new BrowserNewPageOptions
        {
            ViewportSize = new ViewportSize { Width = 390, Height = 844 }, IsMobile = true,
        });
        await patient.GotoAsync(link);
        var before = web.Ward.Providers.Requests.Count;
        await patient.GetByLabel("Your mobile number").FillAsync("+" + waId);
        await patient.GetByRole(AriaRole.Button, new() { Name = "Text me a code" }).ClickAsync();
        var code = await CodeAsync("+" + waId, before);
        await patient.GetByLabel("Code from the text message").FillAsync(code);
        await patient.GetByLabel("Your date of birth").FillAsync("1979-05-05");
        await patient.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();

        Assert.DoesNotContain("cholesterol", text, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(link, patient.Url);
        await Expect(patient.Locator("#linked"))
            .ToContainTextAsync("Your cholesterol results came back normal.");
    }

    private async Task<string> CodeAsync(string phone, int skip)
    {
        var to = "To=" + Uri.EscapeDataString(phone);
        bool IsCode(ProviderRequest r) => r.Kind == "sms"
            && r.Body.Contains(to, StringComparison.Ordinal);
        var already = web.Ward.Providers.Requests.Take(skip).Count(IsCode);
        var sent = await web.Ward.Providers.WaitForAsync(IsCode, already + 1);
        var body = Uri.UnescapeDataString(sent[^1].Body.Replace('+', ' '));
        return Code().Match(body[body.IndexOf("Body=", StringComparison.Ordinal)..]).Value;
    }

    [GeneratedRegex(@"http://[^\s]+/portal/sunrise-family/messages/[0-9a-f-]{36}")]
    private static partial Regex Link();

    [GeneratedRegex(@"(?<![0-9])[0-9]{6}(?![0-9])")]
    private static partial Regex Code();
}
