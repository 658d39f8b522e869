namespace Ward.Triage.Tests.DevSet;

/// <summary>A fact that is skipped, with a reason, when the development set is absent.</summary>
public sealed class DevSetFactAttribute : FactAttribute
{
    public DevSetFactAttribute()
    {
        if (DevSetFile.Path is null)
        {
            Skip = "Development set ../shared/triage-dev.jsonl not found next to the repository.";
        }
    }
}
