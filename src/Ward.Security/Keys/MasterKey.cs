using System.Security.Cryptography;

namespace Ward.Security.Keys;

/// <summary>
/// The key-encryption key. It only wraps and unwraps data keys; no field is ever encrypted with it
/// directly, so rotating it means re-wrapping a few rows, not re-encrypting the data.
/// </summary>
public sealed class MasterKey
{
    private readonly byte[] _key;

    /// <summary>Creates a master key from 32 bytes and names its origin.</summary>
    public MasterKey(byte[] key, string origin)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key.Length != 32)
        {
            throw new ArgumentException("A master key has exactly 32 bytes.", nameof(key));
        }

        _key = (byte[])key.Clone();
        Origin = origin;
        Id = Convert.ToHexStringLower(SHA256.HashData(_key))[..16];
    }

    /// <summary>A short fingerprint that names the key without revealing it.</summary>
    public string Id { get; }

    /// <summary>Where the key came from: "environment", "file", "development" or "previous" (one
    /// of <see cref="KeyOptions.PreviousMasterKeys"/>).</summary>
    public string Origin { get; }

    /// <summary>Wraps a data key; the associated data binds it to its owner and purpose.</summary>
    public byte[] Wrap(ReadOnlySpan<byte> dataKey, string associatedData) =>
        AesGcmCipher.Seal(_key, dataKey, default, associatedData);

    /// <summary>A keyed hash (HMAC-SHA256 under a subkey derived with HKDF for
    /// <paramref name="purpose"/>) of a short secret that must be checked but never read back,
    /// such as a recovery code; without the master key it cannot be guessed offline.</summary>
    public byte[] Mac(ReadOnlySpan<byte> data, string purpose)
    {
        var subkey = HKDF.DeriveKey(HashAlgorithmName.SHA256, _key, 32, [],
            System.Text.Encoding.UTF8.GetBytes(purpose));
        try
        {
            return HMACSHA256.HashData(subkey, data);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(subkey);
        }
    }

    /// <summary>Unwraps a data key wrapped by <see cref="Wrap"/>.</summary>
    public byte[] Unwrap(ReadOnlySpan<byte> wrapped, string associatedData) =>
        AesGcmCipher.Open(_key, wrapped, default, associatedData);
}
