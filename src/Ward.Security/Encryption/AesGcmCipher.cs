using System.Security.Cryptography;
using System.Text;

namespace Ward.Security;

/// <summary>
/// AES-256-GCM with a fresh random 96-bit nonce per value. Layout of a sealed value:
/// version (1 byte) | nonce (12) | ciphertext | tag (16).
/// </summary>
internal static class AesGcmCipher
{
    private const byte Version = 1;
    private const int NonceSize = 12;
    private const int TagSize = 16;
    private const int Overhead = 1 + NonceSize + TagSize;

    public static byte[] Encrypt(byte[] key, ReadOnlySpan<byte> plaintext, string associatedData)
    {
        var sealedValue = new byte[Overhead + plaintext.Length];
        sealedValue[0] = Version;
        var nonce = sealedValue.AsSpan(1, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        var ciphertext = sealedValue.AsSpan(1 + NonceSize, plaintext.Length);
        var tag = sealedValue.AsSpan(1 + NonceSize + plaintext.Length, TagSize);

        using var aes = new AesGcm(key, TagSize);
        aes.Encrypt(nonce, plaintext, ciphertext, tag, Encoding.UTF8.GetBytes(associatedData));
        return sealedValue;
    }

    public static byte[] Decrypt(byte[] key, ReadOnlySpan<byte> sealedValue, string associatedData)
    {
        if (sealedValue.Length < Overhead || sealedValue[0] != Version)
        {
            throw new CryptographicException("The sealed value has an unknown layout.");
        }

        var length = sealedValue.Length - Overhead;
        var plaintext = new byte[length];
        using var aes = new AesGcm(key, TagSize);
        aes.Decrypt(
            sealedValue.Slice(1, NonceSize),
            sealedValue.Slice(1 + NonceSize, length),
            sealedValue.Slice(1 + NonceSize + length, TagSize),
            plaintext,
            Encoding.UTF8.GetBytes(associatedData));
        return plaintext;
    }
}
