namespace Ward.Compliance.AuditPack;

/// <summary>
/// The outcome of verifying an audit pack. <see cref="Problems"/> is empty when the pack is
/// valid; otherwise its first sentence is the one a person must read. A valid pack proves only
/// that the key <see cref="KeyId"/> signed it: the inspector compares that id with the one the
/// practice publishes.
/// </summary>
/// <param name="Valid">True when no problem was found.</param>
/// <param name="KeyId">The signing key's id (first 16 hex characters of the SHA-256 of its
/// SubjectPublicKeyInfo), when the manifest could be read.</param>
/// <param name="PracticeId">The practice named by the manifest.</param>
/// <param name="From">First day of the range, UTC, inclusive.</param>
/// <param name="To">Last day of the range, UTC, inclusive.</param>
/// <param name="EventCount">Events read from the pack's event file.</param>
/// <param name="FirstSequence">Sequence of the first event read, if any.</param>
/// <param name="LastSequence">Sequence of the last event read, if any.</param>
/// <param name="Problems">Clear sentences naming files and event sequences, never data.</param>
public sealed record AuditPackReport(
    bool Valid,
    string? KeyId,
    string? PracticeId,
    DateOnly? From,
    DateOnly? To,
    long EventCount,
    long? FirstSequence,
    long? LastSequence,
    IReadOnlyList<string> Problems);
