namespace Ward.Web.Tests.Support;

/// <summary>A test that needs Debian's Chromium; skipped, saying why, when it is absent.</summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (!Browsers.Available)
        {
            Skip = Browsers.Missing;
        }
    }
}
