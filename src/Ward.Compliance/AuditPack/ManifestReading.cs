namespace Ward.Compliance.AuditPack;

/// <summary>A manifest read from its signed bytes, with the id of the key in it (computed
/// from the key, not taken from the manifest's own claim) when the key could be read.</summary>
internal sealed record ManifestReading(AuditPackManifest Manifest, string? KeyId);
