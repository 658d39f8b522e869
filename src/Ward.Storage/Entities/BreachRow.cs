namespace Ward.Storage.Entities;

/// <summary>A security incident and what was decided about it: a breach with its clocks, or a
/// recorded "no breach" review. The summary may name people, so it is encrypted.</summary>
public sealed class BreachRow
{
    public required string Id { get; set; }

    public required string PracticeId { get; set; }

    public required byte[] SummaryCipher { get; set; }

    public required string Regimes { get; set; }

    public required string Determination { get; set; }

    public long DiscoveredAtMs { get; set; }

    public int AffectedCount { get; set; }

    public required string AffectedByArea { get; set; }

    public string? Vendor { get; set; }

    public required string Notified { get; set; }

    public required string RecordedBy { get; set; }

    public long CreatedAtMs { get; set; }

    public long UpdatedAtMs { get; set; }
}
