using System.Security.Cryptography;
using Ward.Security.Keys;

namespace Ward.Security.Audit;

/// <summary>
/// The ECDSA P-256 key that signs audit checkpoints. Its private half only ever rests wrapped
/// by the master key; its id is derived from the public key, so an id cannot be claimed by a
/// different key.
/// </summary>
public static class AuditSigningKey
{
    private const string P256 = "1.2.840.10045.3.1.7";

    /// <summary>Generates a fresh key and returns it wrapped for storage.</summary>
    public static WrappedSigningKey Generate(MasterKey master)
    {
        ArgumentNullException.ThrowIfNull(master);
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var publicKey = key.ExportSubjectPublicKeyInfo();
        var id = KeyIdOf(publicKey);
        var privateKey = key.ExportPkcs8PrivateKey();
        try
        {
            return new WrappedSigningKey(
                id, master.Id, master.Wrap(privateKey, Purpose(id)), publicKey);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(privateKey);
        }
    }

    /// <summary>Unwraps a stored key with the master key; the caller disposes it.</summary>
    public static ECDsa Open(WrappedSigningKey wrapped, MasterKey master)
    {
        ArgumentNullException.ThrowIfNull(wrapped);
        ArgumentNullException.ThrowIfNull(master);
        if (!string.Equals(wrapped.MasterKeyId, master.Id, StringComparison.Ordinal))
        {
            throw new CryptographicException(
                $"Signing key {wrapped.Id} is wrapped by master key {wrapped.MasterKeyId}, "
                + $"not {master.Id}.");
        }

        var privateKey = master.Unwrap(wrapped.WrappedPrivateKey, Purpose(wrapped.Id));
        var key = ECDsa.Create();
        try
        {
            key.ImportPkcs8PrivateKey(privateKey, out _);
            EnsureMatches(key, wrapped);
            return key;
        }
        catch
        {
            key.Dispose();
            throw;
        }
        finally
        {
            CryptographicOperations.ZeroMemory(privateKey);
        }
    }

    /// <summary>Wraps the same key under another master key, for master key rotation.</summary>
    public static WrappedSigningKey Rewrap(WrappedSigningKey wrapped, MasterKey from, MasterKey to)
    {
        ArgumentNullException.ThrowIfNull(wrapped);
        ArgumentNullException.ThrowIfNull(to);
        using var key = Open(wrapped, from);
        var privateKey = key.ExportPkcs8PrivateKey();
        try
        {
            return wrapped with
            {
                MasterKeyId = to.Id,
                WrappedPrivateKey = to.Wrap(privateKey, Purpose(wrapped.Id)),
            };
        }
        finally
        {
            CryptographicOperations.ZeroMemory(privateKey);
        }
    }

    /// <summary>A verify-only key from a SubjectPublicKeyInfo; the caller disposes it.</summary>
    public static ECDsa PublicOnly(byte[] spki)
    {
        ArgumentNullException.ThrowIfNull(spki);
        var key = ECDsa.Create();
        try
        {
            key.ImportSubjectPublicKeyInfo(spki, out _);
            var curve = key.ExportParameters(false).Curve.Oid.Value;
            if (!string.Equals(curve, P256, StringComparison.Ordinal))
            {
                throw new CryptographicException("An audit signing key is ECDSA P-256.");
            }

            return key;
        }
        catch
        {
            key.Dispose();
            throw;
        }
    }

    /// <summary>The key id: the first 16 hex digits of the SHA-256 of the
    /// SubjectPublicKeyInfo.</summary>
    public static string KeyIdOf(byte[] spki)
    {
        ArgumentNullException.ThrowIfNull(spki);
        return Convert.ToHexStringLower(SHA256.HashData(spki))[..16];
    }

    // A stored row whose public key was swapped would otherwise let signatures made with one
    // key be checked against another.
    private static void EnsureMatches(ECDsa key, WrappedSigningKey wrapped)
    {
        var publicKey = key.ExportSubjectPublicKeyInfo();
        if (!publicKey.AsSpan().SequenceEqual(wrapped.PublicKey)
            || !string.Equals(KeyIdOf(publicKey), wrapped.Id, StringComparison.Ordinal))
        {
            throw new CryptographicException(
                $"Signing key {wrapped.Id} does not match its stored public key.");
        }
    }

    private static string Purpose(string id) => $"ward/signing/{id}";
}
