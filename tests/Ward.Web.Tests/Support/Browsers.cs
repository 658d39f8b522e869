using Microsoft.Playwright;

namespace Ward.Web.Tests.Support;

/// <summary>Debian's Chromium, driven headless by Playwright; no browser is downloaded.</summary>
internal static class Browsers
{
    public const string Chromium = "/usr/bin/chromium";

    public static bool Available => File.Exists(Chromium);

    public const string Missing =
        "Skipped: /usr/bin/chromium is absent (apt-get install chromium); the web tests need it.";

    public static async Task<(IPlaywright, IBrowser)> LaunchAsync()
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium, Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        return (playwright, browser);
    }
}
