namespace Ward.Compliance.AuditPack;

/// <summary>The manifest body exactly as it stands in the file, and its signature.</summary>
internal sealed record SignedManifest(byte[] Body, byte[] Signature);
