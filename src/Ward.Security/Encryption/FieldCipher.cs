using System.Text;

namespace Ward.Security;

/// <summary>
/// Encrypts one practice's field values with AES-256-GCM. The associated data names the practice
/// and the field, so a ciphertext moved to another row's field or another practice fails to open.
/// </summary>
public sealed class FieldCipher
{
    private readonly string _practiceId;
    private readonly byte[] _key;

    internal FieldCipher(string practiceId, byte[] key)
    {
        _practiceId = practiceId;
        _key = key;
    }

    /// <summary>Encrypts text for the named field.</summary>
    public byte[] Encrypt(string plaintext, string field)
    {
        ArgumentNullException.ThrowIfNull(plaintext);
        return AesGcmCipher.Encrypt(_key, Encoding.UTF8.GetBytes(plaintext), Bind(field));
    }

    /// <summary>Decrypts a value that <see cref="Encrypt"/> sealed for the same field.</summary>
    public string Decrypt(byte[] sealedValue, string field)
    {
        ArgumentNullException.ThrowIfNull(sealedValue);
        return Encoding.UTF8.GetString(AesGcmCipher.Decrypt(_key, sealedValue, Bind(field)));
    }

    private string Bind(string field) => $"{_practiceId}/{field}";
}
