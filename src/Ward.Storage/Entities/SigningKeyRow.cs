namespace Ward.Storage.Entities;

/// <summary>The key that signs audit checkpoints and audit packs: an ECDSA P-256 private key
/// wrapped by the master key, and its public half in clear so anyone can verify.</summary>
public sealed class SigningKeyRow
{
    public required string Id { get; set; }

    public required string MasterKeyId { get; set; }

    public required byte[] WrappedPrivateKey { get; set; }

    public required byte[] PublicKey { get; set; }

    public long CreatedAtMs { get; set; }
}
