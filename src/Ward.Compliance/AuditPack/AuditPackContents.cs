using Ward.Security.Audit;

namespace Ward.Compliance.AuditPack;

/// <summary>
/// What goes into an audit pack, collected by the host from the database: the practice's audit
/// events of one date range (inclusive, UTC) in sequence order, the chain position just before
/// the range (<paramref name="Anchor"/>), the practice's newest event at export time
/// (<paramref name="Head"/>, possibly after the range) and further documents by file name.
/// </summary>
/// <param name="PracticeId">The practice whose chain the events belong to.</param>
/// <param name="PracticeName">The practice's display name, shown in the manifest.</param>
/// <param name="From">First day of the range, UTC, inclusive.</param>
/// <param name="To">Last day of the range, UTC, inclusive.</param>
/// <param name="CreatedAt">When the export was made.</param>
/// <param name="Anchor">The event just before the range, or sequence 0 and the genesis
/// hash.</param>
/// <param name="Head">The practice's newest event at export time.</param>
/// <param name="Events">The events of the range in sequence order.</param>
/// <param name="Documents">File name to bytes: plain file names, no path separators, none
/// clashing with the pack's own files.</param>
public sealed record AuditPackContents(
    string PracticeId,
    string PracticeName,
    DateOnly From,
    DateOnly To,
    DateTimeOffset CreatedAt,
    ChainAnchor Anchor,
    ChainAnchor Head,
    IReadOnlyList<AuditEntry> Events,
    IReadOnlyDictionary<string, byte[]> Documents);
