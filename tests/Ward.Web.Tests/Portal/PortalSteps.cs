using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Ward.Access;
using Ward.Hosting;
using Ward.PatientRights;
using Ward.Practices;
using Ward.Web.Tests.Support;

namespace Ward.Web.Tests.Portal;

/// <summary>What a patient does in the portal with a phone in hand: puts in the number, reads
/// the texted code (from the SMS stand-in) and gives it with the date of birth.</summary>
internal static partial class PortalSteps
{
    /// <summary>Puts a patient on file with a date of birth; returns their id.</summary>
    public static async Task<string> AddPatientAsync(WebWard ward, string phone, DateOnly dob)
    {
        var core = ward.App.Services.GetRequiredService<WardCore>();
        var practice = ward.App.Services.GetRequiredService<PracticeDirectory>()
            .ById(WebWard.Practice)!;
        await using var db = core.Database.CreateContext();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var (id, _) = await new PatientFile(db, practice, core.PracticeKeys, core.Time)
            .SetDateOfBirthAsync(null, phone, dob, Principal.System, core.Audit, "test",
                CancellationToken.None);
        await transaction.CommitAsync();
        return id;
    }

    public static async Task SignInAsync(IPage page, WebWard ward, string phone, string dob)
    {
        await page.GotoAsync(new Uri(ward.BaseUrl, "portal/" + WebWard.Practice).ToString());
        var before = ward.Providers.Requests.Count;
        await page.GetByLabel("Your mobile number").FillAsync(phone);
        await page.GetByRole(AriaRole.Button, new() { Name = "Text me a code" }).ClickAsync();
        var code = await CodeAsync(ward, phone, before);
        await page.GetByLabel("Code from the text message").FillAsync(code);
        await page.GetByLabel("Your date of birth").FillAsync(dob);
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await page.Locator("#send").WaitForAsync();
    }

    private static async Task<string> CodeAsync(WebWard ward, string phone, int skip)
    {
        var to = "To=" + Uri.EscapeDataString(phone);
        var sent = await ward.Providers.WaitForAsync(r => r.Kind == "sms"
            && r.Body.Contains(to, StringComparison.Ordinal)
            && r.Body.Contains("code", StringComparison.Ordinal), skip + 1);
        var body = Uri.UnescapeDataString(sent[^1].Body.Replace('+', ' '));
        return SixDigits().Match(body[body.IndexOf("Body=", StringComparison.Ordinal)..]).Value;
    }

    [GeneratedRegex(@"(?<![0-9])[0-9]{6}(?![0-9])")]
    private static partial Regex SixDigits();
}
