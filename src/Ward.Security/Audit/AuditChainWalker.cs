using System.Security.Cryptography;

namespace Ward.Security.Audit;

/// <summary>
/// The chain walk one event at a time, for callers that stream events and check each event's
/// hash themselves (for instance on several cores): call <see cref="Step"/> for every event,
/// ordered by practice then sequence, until it returns a break, then <see cref="Finish"/> with
/// the recorded heads. A practice's checkpoints are checked before its first event.
/// </summary>
public sealed class AuditChainWalker
{
    private readonly Dictionary<string, Chain> _chains = new(StringComparer.Ordinal);
    private readonly CheckpointLedger _checkpoints;
    private Chain? _current;

    /// <summary>A walk over <paramref name="checkpoints"/>, which must be signed by one of
    /// <paramref name="trustedKeys"/> (public keys by key id).</summary>
    public AuditChainWalker(
        IEnumerable<AuditCheckpoint> checkpoints, IReadOnlyDictionary<string, ECDsa> trustedKeys)
    {
        _checkpoints = new CheckpointLedger(checkpoints, trustedKeys);
    }

    /// <summary>How many events were stepped through, the broken one included.</summary>
    public long Count { get; private set; }

    /// <summary>Checks the next event; <paramref name="hashMatches"/> says whether its stored
    /// hash is the one its content gives (<see cref="AuditChain.HashMatches"/>).</summary>
    public AuditBreak? Step(AuditEntry entry, bool hashMatches)
    {
        ArgumentNullException.ThrowIfNull(entry);
        Count++;
        var chain = _current;
        if (chain is null
            || !string.Equals(chain.PracticeId, entry.PracticeId, StringComparison.Ordinal))
        {
            var problem = Switch(entry);
            if (problem is not null)
            {
                return problem;
            }

            chain = _current!;
        }

        var found = Check(entry, chain, hashMatches) ?? chain.CheckAgainstCheckpoint(entry);
        chain.Sequence = entry.Sequence;
        chain.Hash = entry.Hash;
        return found;
    }

    /// <summary>Compares each chain's end with its recorded head (and its newest checkpoint),
    /// and names events or checkpoints of chains that have no head.</summary>
    public AuditBreak? Finish(IReadOnlyDictionary<string, ChainHead> heads)
    {
        ArgumentNullException.ThrowIfNull(heads);
        foreach (var (practice, head) in heads.OrderBy(h => h.Key, StringComparer.Ordinal))
        {
            var problem = CheckEnd(practice, head);
            if (problem is not null)
            {
                return problem;
            }
        }

        return CheckHeadless(heads);
    }

    private AuditBreak? Switch(AuditEntry entry)
    {
        if (_chains.TryGetValue(entry.PracticeId, out var known))
        {
            _current = known;
            return null;
        }

        var forged = _checkpoints.CheckSignatures(entry.PracticeId);
        if (forged is not null)
        {
            return forged;
        }

        var chain = new Chain(entry.PracticeId, _checkpoints.Of(entry.PracticeId));
        _chains.Add(entry.PracticeId, chain);
        _current = chain;
        return chain.Start(entry);
    }

    private static AuditBreak? Check(AuditEntry entry, Chain chain, bool hashMatches)
    {
        var sequence = chain.Sequence + 1;
        if (entry.Sequence != sequence)
        {
            return new AuditBreak(entry.PracticeId, entry.Sequence,
                $"expected sequence {sequence} (events deleted, inserted or reordered)");
        }

        if (!string.Equals(entry.PreviousHash, chain.Hash, StringComparison.Ordinal))
        {
            return new AuditBreak(entry.PracticeId, entry.Sequence,
                "previous hash does not match the event before it");
        }

        return hashMatches
            ? null
            : new AuditBreak(entry.PracticeId, entry.Sequence,
                "content does not match its hash (event edited)");
    }

    private AuditBreak? CheckEnd(string practice, ChainHead head)
    {
        _chains.TryGetValue(practice, out var chain);
        var forged = chain is null ? _checkpoints.CheckSignatures(practice) : null;
        if (forged is not null)
        {
            return forged;
        }

        // With every event purged, the newest checkpoint is where the chain ends.
        var newest = _checkpoints.Newest(practice);
        var end = chain is not null ? new ChainHead(chain.Sequence, chain.Hash)
            : newest is not null ? new ChainHead(newest.Sequence, newest.Hash)
            : null;
        var seen = end?.Sequence ?? 0;
        var promised = Math.Max(head.Sequence, newest?.Sequence ?? 0);
        if (seen < promised)
        {
            return new AuditBreak(practice, seen + 1,
                $"events {seen + 1} to {promised} are missing (chain truncated)");
        }

        return end is not null && (seen > head.Sequence
            || !string.Equals(end.Hash, head.Hash, StringComparison.Ordinal))
            ? new AuditBreak(practice, Math.Min(seen, head.Sequence + 1),
                "the chain's last event does not match its recorded head (rewritten)")
            : null;
    }

    private AuditBreak? CheckHeadless(IReadOnlyDictionary<string, ChainHead> heads)
    {
        var orphan = _chains.Keys.Concat(_checkpoints.Practices)
            .Where(p => !heads.ContainsKey(p))
            .Order(StringComparer.Ordinal)
            .FirstOrDefault();
        if (orphan is null)
        {
            return null;
        }

        if (_chains.ContainsKey(orphan))
        {
            return new AuditBreak(orphan, 1, "events exist for a chain that has no recorded head");
        }

        return _checkpoints.CheckSignatures(orphan) ?? new AuditBreak(orphan, 1,
            "a checkpoint exists for a chain that has no recorded head");
    }

    /// <summary>Where one practice's walk stands: the last event seen (or the checkpoint it
    /// starts from) and the next checkpoint to meet.</summary>
    private sealed class Chain(string practiceId, AuditCheckpoint[] checkpoints)
    {
        private int _next;

        public string PracticeId { get; } = practiceId;

        public long Sequence { get; set; }

        public string Hash { get; set; } = AuditChain.GenesisHash;

        /// <summary>Starts from the newest checkpoint before <paramref name="first"/>, or from
        /// the genesis hash when there is none.</summary>
        public AuditBreak? Start(AuditEntry first)
        {
            var before = checkpoints.LastOrDefault(c => c.Sequence < first.Sequence);
            _next = before is null ? 0 : Array.IndexOf(checkpoints, before) + 1;
            if (before is null)
            {
                return null;
            }

            Sequence = before.Sequence;
            Hash = before.Hash;
            var adjoining = before.Sequence == first.Sequence - 1;
            var linked = string.Equals(first.PreviousHash, before.Hash, StringComparison.Ordinal);
            return adjoining && !linked
                ? new AuditBreak(PracticeId, first.Sequence,
                    $"previous hash does not match the checkpoint at {before.Sequence}")
                : null;
        }

        /// <summary>An event that a checkpoint also covers must carry the hash it
        /// signed.</summary>
        public AuditBreak? CheckAgainstCheckpoint(AuditEntry entry)
        {
            if (_next >= checkpoints.Length || checkpoints[_next].Sequence != entry.Sequence)
            {
                return null;
            }

            var checkpoint = checkpoints[_next++];
            return string.Equals(checkpoint.Hash, entry.Hash, StringComparison.Ordinal)
                ? null
                : new AuditBreak(PracticeId, entry.Sequence,
                    $"the event does not match the signed checkpoint at {checkpoint.Sequence}");
        }
    }
}
