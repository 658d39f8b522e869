namespace Ward.Compliance.AuditPack;

/// <summary>The signing key: its algorithm (ES256: ECDSA on P-256 with SHA-256, signature in
/// IEEE P1363 form), its id and its SubjectPublicKeyInfo in Base64.</summary>
internal sealed record ManifestKey(string Algorithm, string KeyId, string PublicKey);
