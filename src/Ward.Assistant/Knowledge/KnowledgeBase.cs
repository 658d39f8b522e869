namespace Ward.Assistant.Knowledge;

/// <summary>A practice's knowledge base: its entries, the default language they are written
/// in, and which of them may be used on a given day.</summary>
public sealed class KnowledgeBase
{
    public KnowledgeBase(string language, IReadOnlyList<KnowledgeEntry> entries)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(language);
        ArgumentNullException.ThrowIfNull(entries);
        Language = language;
        Entries = entries;
    }

    /// <summary>An empty knowledge base: every routine question goes to staff.</summary>
    public static KnowledgeBase Empty { get; } = new("en", []);

    public string Language { get; }

    public IReadOnlyList<KnowledgeEntry> Entries { get; }

    /// <summary>Entries that may be used on <paramref name="today"/>.</summary>
    public IEnumerable<KnowledgeEntry> Active(DateOnly today) =>
        Entries.Where(e => e.IsActive(today));

    /// <summary>Entries past their expiry date: no longer used; their owners are to be
    /// told.</summary>
    public IEnumerable<KnowledgeEntry> Expired(DateOnly today) =>
        Entries.Where(e => !e.IsActive(today));

    public KnowledgeEntry? Find(string id) =>
        Entries.FirstOrDefault(e => string.Equals(e.Id, id, StringComparison.Ordinal));
}
