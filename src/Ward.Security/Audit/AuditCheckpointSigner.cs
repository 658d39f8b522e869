using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Ward.Security.Audit;

/// <summary>
/// Signs and checks audit checkpoints. The signature (ECDSA P-256, SHA-256, IEEE P1363 form)
/// covers a length-prefixed encoding in the style of the chain hash: a purpose label, then
/// sequence, occurred-at and created-at as big-endian 64-bit integers, then practice, hash and
/// key id each as a big-endian 32-bit UTF-8 length and the bytes. The label keeps a checkpoint
/// signature from being valid for anything else the same key signs.
/// </summary>
public static class AuditCheckpointSigner
{
    private const string Label = "ward/audit-checkpoint/v1";
    private const DSASignatureFormat Format = DSASignatureFormat.IeeeP1363FixedFieldConcatenation;

    /// <summary>Signs a checkpoint at an event of a practice's chain.</summary>
    public static AuditCheckpoint Sign(
        string practiceId, long sequence, string hash, long occurredAtMs, long createdAtMs,
        string keyId, ECDsa signingKey)
    {
        ArgumentException.ThrowIfNullOrEmpty(practiceId);
        ArgumentException.ThrowIfNullOrEmpty(hash);
        ArgumentException.ThrowIfNullOrEmpty(keyId);
        ArgumentNullException.ThrowIfNull(signingKey);
        var unsigned = new AuditCheckpoint(
            practiceId, sequence, hash, occurredAtMs, createdAtMs, keyId, Signature: "");

        var signature = signingKey.SignData(Encode(unsigned), HashAlgorithmName.SHA256, Format);
        return unsigned with { Signature = Convert.ToBase64String(signature) };
    }

    /// <summary>True when <paramref name="checkpoint"/>'s signature is valid under
    /// <paramref name="publicKey"/>; a malformed signature is simply not valid.</summary>
    public static bool IsValid(AuditCheckpoint checkpoint, ECDsa publicKey)
    {
        ArgumentNullException.ThrowIfNull(checkpoint);
        ArgumentNullException.ThrowIfNull(publicKey);
        Span<byte> signature = stackalloc byte[128];
        if (!Convert.TryFromBase64String(checkpoint.Signature, signature, out var length))
        {
            return false;
        }

        return publicKey.VerifyData(
            Encode(checkpoint), signature[..length], HashAlgorithmName.SHA256, Format);
    }

    private static byte[] Encode(AuditCheckpoint c)
    {
        var texts = new[] { c.PracticeId, c.Hash, c.KeyId };
        var size = 4 + Encoding.UTF8.GetByteCount(Label) + 24
            + texts.Sum(t => 4 + Encoding.UTF8.GetByteCount(t));
        var buffer = new byte[size];

        var at = Text(buffer, 0, Label);
        BinaryPrimitives.WriteInt64BigEndian(buffer.AsSpan(at), c.Sequence);
        BinaryPrimitives.WriteInt64BigEndian(buffer.AsSpan(at + 8), c.OccurredAtMs);
        BinaryPrimitives.WriteInt64BigEndian(buffer.AsSpan(at + 16), c.CreatedAtMs);
        at += 24;
        foreach (var text in texts)
        {
            at = Text(buffer, at, text);
        }

        return buffer;
    }

    private static int Text(byte[] buffer, int at, string value)
    {
        var length = Encoding.UTF8.GetBytes(value, buffer.AsSpan(at + 4));
        BinaryPrimitives.WriteInt32BigEndian(buffer.AsSpan(at), length);
        return at + 4 + length;
    }
}
