using Ward.Security.Audit;

namespace Ward.Storage.Audit;

/// <summary>A few thousand events read in order; their hashes are checked in parallel, then the
/// chain walk steps through them in order.</summary>
internal sealed class AuditEventBatch(int capacity)
{
    private readonly AuditEntry[] _entries = new AuditEntry[capacity];
    private readonly bool[] _matches = new bool[capacity];

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
    public AuditBreak? Walk(AuditChainWalker walker, int hashWorkers)
    {
        HashAll(hashWorkers);
        for (var i = 0; i < Count; i++)
        {
            var problem = walker.Step(_entries[i], _matches[i]);
            if (problem is not null)
            {
                return problem;
            }
        }

        return null;
    }

    private void HashAll(int workers)
    {
        if (workers <= 1)
        {
            HashRange(0, Count);
            return;
        }

        var slice = (Count + workers - 1) / workers;
        Parallel.For(0, workers, w =>
            HashRange(w * slice, Math.Min(Count, (w + 1) * slice)));
    }

    private void HashRange(int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            _matches[i] = AuditChain.HashMatches(_entries[i]);
        }
    }
}
