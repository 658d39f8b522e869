using System.Security.Cryptography;
using Ward.Security.Audit;

namespace Ward.Security.Tests.Audit;

/// <summary>A Ward signing key, its key id, and checkpoints it signs at chosen events.</summary>
internal sealed class SigningFixture : IDisposable
{
    public const long CreatedAtMs = 1_900_000_000_000;

    public SigningFixture()
    {
        Key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        KeyId = AuditSigningKey.KeyIdOf(Key.ExportSubjectPublicKeyInfo());
        Trusted = new Dictionary<string, ECDsa>(StringComparer.Ordinal) { [KeyId] = Key };
    }

    public ECDsa Key { get; }

    public string KeyId { get; }

    public Dictionary<string, ECDsa> Trusted { get; }

    public AuditCheckpoint At(AuditEntry entry) => AuditCheckpointSigner.Sign(entry.PracticeId,
        entry.Sequence, entry.Hash, entry.OccurredAtMs, CreatedAtMs, KeyId, Key);

    public void Dispose() => Key.Dispose();
}
