using System.Security.Cryptography;

namespace Ward.Security.Audit;

/// <summary>
/// The chain walk one event at a time, for callers that stream events and check each event's
/// hash themselves (for instance on several cores): call <see cref="Step(AuditEntry, bool)"/>
/// for every event, ordered by practice then sequence, until it returns a break, then
/// <see cref="Finish"/> with the recorded heads. A practice's checkpoints are checked before its
/// first event. Events of several practices may interleave, as long as each practice's events
/// come in sequence order.
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
        return Step(entry.PracticeId, entry.Sequence, entry.PreviousHash, entry.Hash, hashMatches);
    }

    /// <summary>Checks the next event from the fields the walk needs, for readers that never
    /// build an <see cref="AuditEntry"/>.</summary>
    public AuditBreak? Step(
        string practiceId, long sequence, string previousHash, string hash, bool hashMatches)
    {
        ArgumentNullException.ThrowIfNull(practiceId);
        ArgumentNullException.ThrowIfNull(previousHash);
        ArgumentNullException.ThrowIfNull(hash);
        Count++;
        var chain = _current;
        if (chain is null
            || !string.Equals(chain.PracticeId, practiceId, StringComparison.Ordinal))
        {
            var problem = Switch(practiceId, sequence, previousHash);
            if (problem is not null)
            {
                return problem;
            }

            chain = _current!;
        }

        var found = Check(chain, sequence, previousHash, hashMatches)
            ?? chain.CheckAgainstCheckpoint(sequence, hash);
        chain.Sequence = sequence;
        chain.Hash = hash;
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

    private AuditBreak? Switch(string practiceId, long sequence, string previousHash)
    {
        if (_chains.TryGetValue(practiceId, out var known))
        {
            _current = known;
            return null;
        }

        var forged = _checkpoints.CheckSignatures(practiceId);
        if (forged is not null)
        {
            return forged;
        }

        var chain = new Chain(practiceId, _checkpoints.Of(practiceId));
        _chains.Add(practiceId, chain);
        _current = chain;
        return chain.Start(sequence, previousHash);
    }

    private static AuditBreak? Check(
        Chain chain, long sequence, string previousHash, bool hashMatches)
    {
        var expected = chain.Sequence + 1;
        if (sequence != expected)
        {
            return new AuditBreak(chain.PracticeId, sequence,
                $"expected sequence {expected} (events deleted, inserted or reordered)");
        }

        if (!string.Equals(previousHash, chain.Hash, StringComparison.Ordinal))
        {
            return new AuditBreak(chain.PracticeId, sequence,
                "previous hash does not match the event before it");
        }

        return hashMatches
            ? null
            : new AuditBreak(chain.PracticeId, sequence,
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
    private sealed class Chain
    {
        private readonly AuditCheckpoint[] _checkpoints;
        private int _next;

        public Chain(string practiceId, AuditCheckpoint[] checkpoints)
        {
            PracticeId = practiceId;
            _checkpoints = checkpoints;
        }

        public string PracticeId { get; }

        public long Sequence { get; set; }

        public string Hash { get; set; } = AuditChain.GenesisHash;

        /// <summary>Starts from the newest checkpoint before the first event, or from the
        /// genesis hash when there is none.</summary>
        public AuditBreak? Start(long sequence, string previousHash)
        {
            var before = _checkpoints.LastOrDefault(c => c.Sequence < sequence);
            _next = before is null ? 0 : Array.IndexOf(_checkpoints, before) + 1;
            if (before is null)
            {
                return null;
            }

            Sequence = before.Sequence;
            Hash = before.Hash;
            var adjoining = before.Sequence == sequence - 1;
            var linked = string.Equals(previousHash, before.Hash, StringComparison.Ordinal);
            return adjoining && !linked
                ? new AuditBreak(PracticeId, sequence,
                    $"previous hash does not match the checkpoint at {before.Sequence}")
                : null;
        }

        /// <summary>An event that a checkpoint also covers must carry the hash it
        /// signed.</summary>
        public AuditBreak? CheckAgainstCheckpoint(long sequence, string hash)
        {
            if (_next >= _checkpoints.Length || _checkpoints[_next].Sequence != sequence)
            {
                return null;
            }

            var checkpoint = _checkpoints[_next++];
            return string.Equals(checkpoint.Hash, hash, StringComparison.Ordinal)
                ? null
                : new AuditBreak(PracticeId, sequence,
                    $"the event does not match the signed checkpoint at {checkpoint.Sequence}");
        }
    }
}
