using Ward.Security.Audit;

namespace Ward.Security.Tests.Audit;

/// <summary>Builds valid chains by the rules of DESIGN.md, so tests can then break them.</summary>
internal static class ChainBuilder
{
    public static AuditEntry Entry(long sequence, string practice, string previousHash) => new(
        sequence, practice, 1_764_777_600_000 + sequence, "user", "user-7", "message.read",
        "message", $"msg-{sequence}", "body", "treatment", "success", "203.0.113.9",
        previousHash, Hash: "");

    public static List<AuditEntry> Chain(string practice, int count)
    {
        var entries = new List<AuditEntry>();
        var previous = AuditChain.GenesisHash;
        for (var sequence = 1; sequence <= count; sequence++)
        {
            var entry = AuditChain.Seal(Entry(sequence, practice, previous));
            entries.Add(entry);
            previous = entry.Hash;
        }

        return entries;
    }

    public static Dictionary<string, ChainHead> Heads(params List<AuditEntry>[] chains)
    {
        var heads = new Dictionary<string, ChainHead>(StringComparer.Ordinal);
        foreach (var chain in chains)
        {
            var last = chain[^1];
            heads[last.PracticeId] = new ChainHead(last.Sequence, last.Hash);
        }

        return heads;
    }

    /// <summary>Seals again from <paramref name="from"/> on, as a forger who recomputes the
    /// hashes would, and returns the chain.</summary>
    public static List<AuditEntry> Reseal(List<AuditEntry> chain, int from)
    {
        for (var i = from; i < chain.Count; i++)
        {
            var previous = i == 0 ? AuditChain.GenesisHash : chain[i - 1].Hash;
            chain[i] = AuditChain.Seal(chain[i] with { Sequence = i + 1, PreviousHash = previous });
        }

        return chain;
    }
}
