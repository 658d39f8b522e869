namespace Ward.Channels.Tests.Support;

/// <summary>A fact that needs the shared fixtures; skipped with the reason when absent.</summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class FixtureFactAttribute : FactAttribute
{
    public FixtureFactAttribute()
    {
        if (FixtureFiles.Directory is null)
        {
            Skip = FixtureFiles.MissingReason;
        }
    }
}
