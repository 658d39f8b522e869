namespace Ward.Compliance.AuditPack;

/// <summary>
/// The signed body of <c>manifest.json</c>. Properties serialise in declaration order, so the
/// body's bytes are fixed by this record; the verifier never re-serialises it.
/// </summary>
internal sealed record AuditPackManifest(
    string Format,
    string PracticeId,
    string PracticeName,
    ManifestRange Range,
    DateTimeOffset CreatedAt,
    ManifestEvents Events,
    IReadOnlyList<ManifestFile> Files,
    ManifestAnchor Anchor,
    ChainAnchor Head,
    ManifestKey SigningKey);
