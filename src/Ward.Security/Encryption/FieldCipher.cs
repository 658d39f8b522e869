using System.Security.Cryptography;

namespace Ward.Security;

/// <summary>
/// Encrypts field values with AES-256-GCM: a practice's fields, or one patient's. The associated
/// data names the practice and the field (and the patient, for a patient's cipher), so a
/// ciphertext moved to another field, practice or patient fails to open.
/// </summary>
/// <remarks>
/// New values are sealed under the newest key version and carry its number; a value sealed under
/// any version this cipher holds still opens, so adding a key version needs no re-encryption.
/// Values sealed before key versions existed carry none and mean version 1.
/// </remarks>
public sealed class FieldCipher
{
    private readonly byte[] _associatedPrefix;
    private readonly int _currentVersion;
    private readonly byte[] _currentKey;
    private readonly IReadOnlyDictionary<int, byte[]>? _keys;

    /// <summary>A practice's cipher with one key, version 1.</summary>
    internal FieldCipher(string practiceId, byte[] key)
        : this(AssociatedData.Prefix(practiceId), 1, key)
    {
    }

    /// <summary>A cipher with one key of the given version.</summary>
    internal FieldCipher(byte[] associatedPrefix, int version, byte[] key)
    {
        _associatedPrefix = associatedPrefix;
        _currentVersion = version;
        _currentKey = key;
    }

    /// <summary>A cipher that seals with <paramref name="currentVersion"/> and opens any of
    /// <paramref name="keys"/>.</summary>
    internal FieldCipher(
        byte[] associatedPrefix, int currentVersion, IReadOnlyDictionary<int, byte[]> keys)
        : this(associatedPrefix, currentVersion, keys[currentVersion])
    {
        _keys = keys;
    }

    /// <summary>Encrypts text for the named field under the newest key version.</summary>
    public byte[] Encrypt(string plaintext, string field)
    {
        ArgumentNullException.ThrowIfNull(plaintext);
        ArgumentNullException.ThrowIfNull(field);
        return AesGcmCipher.SealText(
            _currentKey, _currentVersion, plaintext, _associatedPrefix, field);
    }

    /// <summary>Decrypts a value that <see cref="Encrypt"/> sealed for the same field, under
    /// any key version this cipher holds.</summary>
    /// <exception cref="CryptographicException">The value was altered, belongs to another field,
    /// practice or patient, or names a key version this cipher does not hold.</exception>
    public string Decrypt(byte[] sealedValue, string field)
    {
        ArgumentNullException.ThrowIfNull(sealedValue);
        ArgumentNullException.ThrowIfNull(field);
        var key = KeyFor(AesGcmCipher.KeyVersionOf(sealedValue));
        return AesGcmCipher.OpenText(key, sealedValue, _associatedPrefix, field);
    }

    private byte[] KeyFor(int version)
    {
        if (version == _currentVersion)
        {
            return _currentKey;
        }

        if (_keys is not null && _keys.TryGetValue(version, out var key))
        {
            return key;
        }

        throw new CryptographicException(
            $"The value is sealed under key version {version}, which is not loaded.");
    }
}
