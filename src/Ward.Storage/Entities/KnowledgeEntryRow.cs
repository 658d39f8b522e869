namespace Ward.Storage.Entities;

/// <summary>
/// One entry of a practice's knowledge base, as last imported or edited. The entry itself is
/// kept as JSON (its shape belongs to the assistant); id, version, kind, owner and expiry are
/// columns so staff screens and expiry checks need not parse it. Not PHI: practice facts only.
/// </summary>
public sealed class KnowledgeEntryRow
{
    public required string PracticeId { get; set; }

    public required string EntryId { get; set; }

    public int Version { get; set; }

    /// <summary>The entry's place in the file it was imported from; the first entry of a kind
    /// is the practice's main one (its opening hours, its address).</summary>
    public int Position { get; set; }

    public required string Kind { get; set; }

    public required string Owner { get; set; }

    public required string Language { get; set; }

    /// <summary>The last day the entry may be used, yyyy-MM-dd, if it has one.</summary>
    public string? ExpiresOn { get; set; }

    public required string Document { get; set; }

    public long UpdatedAtMs { get; set; }

    /// <summary>The user who imported or edited it.</summary>
    public required string UpdatedBy { get; set; }
}
