namespace Ward.Security.Audit;

/// <summary>
/// Walks audit events practice by practice, in sequence order, and names the first event where
/// the chain breaks: a gap or repeat in the sequence, a previous hash that does not match, a
/// hash that does not match the content, or a chain that ends before its recorded head.
/// </summary>
public static class AuditChainVerifier
{
    /// <summary>Verifies events ordered by practice, then sequence, against the chain
    /// heads.</summary>
    public static AuditVerification Verify(
        IEnumerable<AuditEntry> orderedEntries, IReadOnlyDictionary<string, ChainHead> heads)
    {
        ArgumentNullException.ThrowIfNull(orderedEntries);
        ArgumentNullException.ThrowIfNull(heads);
        var walker = new ChainWalker();

        foreach (var entry in orderedEntries)
        {
            var problem = walker.Step(entry);
            if (problem is not null)
            {
                return new AuditVerification(walker.Count, problem);
            }
        }

        var ending = walker.CheckHeads(heads);
        return new AuditVerification(walker.Count, ending);
    }

    private sealed class ChainWalker
    {
        private readonly Dictionary<string, ChainHead> _last = new(StringComparer.Ordinal);

        public long Count { get; private set; }

        public AuditBreak? Step(AuditEntry entry)
        {
            Count++;
            var expectedSequence = 1L;
            var expectedPrevious = AuditChain.GenesisHash;
            if (_last.TryGetValue(entry.PracticeId, out var last))
            {
                expectedSequence = last.Sequence + 1;
                expectedPrevious = last.Hash;
            }

            var problem = Check(entry, expectedSequence, expectedPrevious);
            _last[entry.PracticeId] = new ChainHead(entry.Sequence, entry.Hash);
            return problem;
        }

        public AuditBreak? CheckHeads(IReadOnlyDictionary<string, ChainHead> heads)
        {
            foreach (var (practice, head) in heads.OrderBy(h => h.Key, StringComparer.Ordinal))
            {
                _last.TryGetValue(practice, out var last);
                var seen = last?.Sequence ?? 0;
                if (seen < head.Sequence)
                {
                    return new AuditBreak(practice, seen + 1,
                        $"events {seen + 1} to {head.Sequence} are missing (chain truncated)");
                }

                if (last is not null && (seen > head.Sequence
                    || !string.Equals(last.Hash, head.Hash, StringComparison.Ordinal)))
                {
                    return new AuditBreak(practice, Math.Min(seen, head.Sequence + 1),
                        "the chain's last event does not match its recorded head (rewritten)");
                }
            }

            var headless = _last.Keys.Where(p => !heads.ContainsKey(p)).Order(StringComparer.Ordinal);
            return headless.FirstOrDefault() is { } orphan
                ? new AuditBreak(orphan, 1, "events exist for a chain that has no recorded head")
                : null;
        }

        private static AuditBreak? Check(AuditEntry entry, long sequence, string previous)
        {
            if (entry.Sequence != sequence)
            {
                return new AuditBreak(entry.PracticeId, entry.Sequence,
                    $"expected sequence {sequence} (events deleted, inserted or reordered)");
            }

            if (!string.Equals(entry.PreviousHash, previous, StringComparison.Ordinal))
            {
                return new AuditBreak(entry.PracticeId, entry.Sequence,
                    "previous hash does not match the event before it");
            }

            return string.Equals(AuditChain.ComputeHash(entry), entry.Hash, StringComparison.Ordinal)
                ? null
                : new AuditBreak(entry.PracticeId, entry.Sequence,
                    "content does not match its hash (event edited)");
        }
    }
}
