namespace Ward.Assistant;

/// <summary>A knowledge-base entry an answer used, at the version it used.</summary>
public sealed record Citation(string EntryId, int Version)
{
    public override string ToString() => $"{EntryId}@{Version}";
}
