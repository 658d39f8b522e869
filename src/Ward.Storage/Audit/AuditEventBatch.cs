using Ward.Security.Audit;

namespace Ward.Storage.Audit;

/// <summary>A few thousand events read in order, handed from the reading thread to the one
/// that checks their hashes and walks them.</summary>
internal sealed class AuditEventBatch(int capacity)
{
    private readonly AuditEntry[] _entries = new AuditEntry[capacity];

    public int Count { get; private set; }

    public bool IsFull => Count == _entries.Length;

    public void Add(AuditEntry entry) => _entries[Count++] = entry;

    public void Clear()
    {
        Array.Clear(_entries, 0, Count);
        Count = 0;
    }

    /// <summary>Checks every hash, then walks the events in order; returns the first
    /// break.</summary>
    public AuditBreak? Walk(AuditChainWalker walker)
    {
        for (var i = 0; i < Count; i++)
        {
            var problem = walker.Step(_entries[i], AuditChain.HashMatches(_entries[i]));
            if (problem is not null)
            {
                return problem;
            }
        }

        return null;
    }
}
