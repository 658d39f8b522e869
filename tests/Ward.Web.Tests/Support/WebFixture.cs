using Microsoft.Playwright;

namespace Ward.Web.Tests.Support;

/// <summary>One running Ward and one headless Chromium shared by a test class; each test opens
/// its own browser context (its own cookies) and its own staff data.</summary>
public class WebFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;

    internal WebWard Ward { get; private set; } = null!;

    internal IBrowser Browser { get; private set; } = null!;

    /// <summary>Settings for the server; a subclass may override them.</summary>
    internal virtual IReadOnlyDictionary<string, string?>? Settings => null;

    public async Task InitializeAsync()
    {
        Ward = await WebWard.StartAsync(Settings);
        if (Browsers.Available)
        {
            (_playwright, Browser) = await Browsers.LaunchAsync();
        }
    }

    internal async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1280, Height = 800 },
        });
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await Ward.DisposeAsync();
    }
}
