using Ward.Security.Audit;

namespace Ward.Compliance.AuditPack;

/// <summary>
/// Walks the pack's events from the manifest's anchor and keeps the first break: a sequence
/// that is not the next one, a previous hash that is not the hash before, a hash that does not
/// match the content (the rule of <see cref="AuditChain.ComputeHash(AuditEntry)"/>), or an
/// event file that ends elsewhere than the manifest says.
/// </summary>
internal sealed class EventChainCheck(ManifestAnchor anchor)
{
    private long _expected = anchor.Sequence + 1;
    private string _previous = anchor.Hash;

    public string? Problem { get; private set; }

    public long Count { get; private set; }

    public long? First { get; private set; }

    public long? Last { get; private set; }

    public string? LastHash { get; private set; }

    public void Step(AuditEntry entry)
    {
        Count++;
        First ??= entry.Sequence;
        Last = entry.Sequence;
        LastHash = entry.Hash;
        if (Problem is not null)
        {
            return;
        }

        Problem = Check(entry);
        _expected = entry.Sequence + 1;
        _previous = entry.Hash;
    }

    public void Unreadable(int line) =>
        Problem ??= $"{AuditPackFiles.Events} line {line} is not a valid audit event";

    public void End(ManifestEvents listed)
    {
        if (Problem is null
            && (Count != listed.Count || First != listed.FirstSequence
                || Last != listed.LastSequence))
        {
            Problem = $"{AuditPackFiles.Events} holds {Count} events ending at event "
                + $"{Last?.ToString() ?? "none"}, but the manifest lists {listed.Count} ending at "
                + $"event {listed.LastSequence?.ToString() ?? "none"} (events removed or added)";
        }
    }

    private string? Check(AuditEntry entry)
    {
        var at = $"event {entry.Sequence}";
        if (entry.Sequence != _expected)
        {
            return $"{at} stands where event {_expected} should "
                + "(events deleted, inserted or reordered)";
        }

        if (!string.Equals(entry.PreviousHash, _previous, StringComparison.Ordinal))
        {
            return Count == 1
                ? $"{at}: its previous hash does not match the manifest's chain anchor"
                : $"{at}: its previous hash does not match the hash of the event before it";
        }

        return string.Equals(AuditChain.ComputeHash(entry), entry.Hash, StringComparison.Ordinal)
            ? null
            : $"{at}: its content does not match its hash (event edited)";
    }
}
