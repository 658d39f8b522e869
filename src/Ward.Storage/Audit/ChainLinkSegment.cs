namespace Ward.Storage.Audit;

/// <summary>The events of one rowid range, in rowid order, with their hashes checked; or
/// <see cref="Unsure"/> when a row could not be read on the fast path.</summary>
internal sealed class ChainLinkSegment(int capacity)
{
    private readonly ChainLink[] _links = new ChainLink[capacity];

    public int Count { get; private set; }

    public int Capacity => _links.Length;

    public bool Unsure { get; set; }

    public ReadOnlySpan<ChainLink> Links => _links.AsSpan(0, Count);

    public void Add(ChainLink link) => _links[Count++] = link;

    public void Reset()
    {
        Array.Clear(_links, 0, Count);
        Count = 0;
        Unsure = false;
    }
}
