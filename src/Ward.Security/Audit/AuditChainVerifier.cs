using System.Security.Cryptography;

namespace Ward.Security.Audit;

/// <summary>
/// Walks audit events practice by practice, in sequence order, and names the first event where
/// the chain breaks: a gap or repeat in the sequence, a previous hash that does not match, a
/// hash that does not match the content, a chain that ends before its recorded head, or a
/// checkpoint that no Ward key signed. A chain whose oldest events were purged verifies from the
/// signed checkpoint just before its first remaining event.
/// </summary>
public static class AuditChainVerifier
{
    private static readonly Dictionary<string, ECDsa> NoKeys = new(StringComparer.Ordinal);

    /// <summary>Verifies events ordered by practice, then sequence, against the chain heads;
    /// for chains that were never purged.</summary>
    public static AuditVerification Verify(
        IEnumerable<AuditEntry> orderedEntries, IReadOnlyDictionary<string, ChainHead> heads) =>
        Verify(orderedEntries, heads, [], NoKeys);

    /// <summary>Verifies events ordered by practice, then sequence, against the chain heads and
    /// the checkpoints, which must be signed by one of <paramref name="trustedKeys"/> (public
    /// keys by key id).</summary>
    public static AuditVerification Verify(
        IEnumerable<AuditEntry> orderedEntries,
        IReadOnlyDictionary<string, ChainHead> heads,
        IEnumerable<AuditCheckpoint> checkpoints,
        IReadOnlyDictionary<string, ECDsa> trustedKeys)
    {
        ArgumentNullException.ThrowIfNull(orderedEntries);
        ArgumentNullException.ThrowIfNull(heads);
        var walker = new AuditChainWalker(checkpoints, trustedKeys);

        foreach (var entry in orderedEntries)
        {
            var problem = walker.Step(entry, AuditChain.HashMatches(entry));
            if (problem is not null)
            {
                return new AuditVerification(walker.Count, problem);
            }
        }

        var ending = walker.Finish(heads);
        return new AuditVerification(walker.Count, ending);
    }
}
