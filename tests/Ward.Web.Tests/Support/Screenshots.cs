using Microsoft.Playwright;

namespace Ward.Web.Tests.Support;

/// <summary>Screenshots for the README: written to the folder named by WARD_SCREENSHOTS (for
/// example docs/images), else beside the test results, so an ordinary run changes nothing in
/// the repository.</summary>
internal static class Screenshots
{
    public static async Task TakeAsync(IPage page, string name, bool fullPage = false)
    {
        var folder = Environment.GetEnvironmentVariable("WARD_SCREENSHOTS") is { Length: > 0 } f
            ? f : Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new PageScreenshotOptions
        {
            Path = Path.Combine(folder, name + ".png"), FullPage = fullPage,
        });
    }
}
