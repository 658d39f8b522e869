namespace Ward.Channels.Tests.Support;

/// <summary>A theory that needs the shared fixtures; skipped with the reason when absent.</summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class FixtureTheoryAttribute : TheoryAttribute
{
    public FixtureTheoryAttribute()
    {
        if (FixtureFiles.Directory is null)
        {
            Skip = FixtureFiles.MissingReason;
        }
    }
}
