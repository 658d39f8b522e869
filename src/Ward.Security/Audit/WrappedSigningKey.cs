namespace Ward.Security.Audit;

/// <summary>An audit signing key as stored: the PKCS#8 private key wrapped by the master key
/// named by <see cref="MasterKeyId"/>, and the public key (SubjectPublicKeyInfo) in clear so
/// that anyone can verify what it signed.</summary>
public sealed record WrappedSigningKey(
    string Id, string MasterKeyId, byte[] WrappedPrivateKey, byte[] PublicKey);
