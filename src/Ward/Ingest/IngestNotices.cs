namespace Ward.Ingest;

/// <summary>
/// Tells this instance's open screens that a practice's conversations changed, right after
/// the change was committed: a message arrived (an emergency, perhaps), a delivery state moved,
/// or staff acted. It carries no data; a screen reloads what it shows from the database.
/// Another instance's changes reach a screen through its periodic refresh instead.
/// </summary>
internal sealed class IngestNotices
{
    /// <summary>Raised with the practice id (null when the change may touch any practice) and
    /// whether an emergency just arrived.</summary>
    public event Action<string?, bool>? Changed;

    public void Publish(string? practiceId, bool emergency) => Changed?.Invoke(practiceId, emergency);
}
