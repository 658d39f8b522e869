using Microsoft.Playwright;

namespace Ward.Web.Tests.Support;

/// <summary>Saves a page as a picture for the documentation when WARD_SCREENSHOTS names a
/// folder (the repository's docs/images when refreshing them); otherwise does nothing.</summary>
internal static class Screenshots
{
    public static async Task SaveAsync(IPage page, string name)
    {
        var folder = Environment.GetEnvironmentVariable("WARD_SCREENSHOTS");
        if (string.IsNullOrEmpty(folder))
        {
            return;
        }

        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new PageScreenshotOptions
        {
            Path = Path.Combine(folder, name + ".png"), FullPage = true,
        });
    }
}
