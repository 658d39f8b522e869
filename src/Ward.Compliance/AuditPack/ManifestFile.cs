namespace Ward.Compliance.AuditPack;

/// <summary>One file of the pack with its SHA-256 (lowercase hex) and size in bytes.</summary>
internal sealed record ManifestFile(string Name, string Sha256, long Size);
