using Ward.Security.Audit;

namespace Ward.Compliance.AuditPack;

/// <summary>Keeps the first event that lies outside the pack's range or belongs to another
/// practice than the manifest's.</summary>
internal sealed class EventScopeCheck(string practiceId, ManifestRange range)
{
    public string? Problem { get; private set; }

    public void Step(AuditEntry entry)
    {
        if (Problem is not null)
        {
            return;
        }

        if (!PackRange.Contains(range.From, range.To, entry.OccurredAtMs))
        {
            Problem = $"event {entry.Sequence} lies outside the pack's range";
        }
        else if (!string.Equals(entry.PracticeId, practiceId, StringComparison.Ordinal))
        {
            Problem = $"event {entry.Sequence} belongs to another practice than the manifest's";
        }
    }
}
