using System.Security.Cryptography;
using System.Text;

namespace Ward.Security.Tests.Encryption;

/// <summary>
/// Seals values straight from the layout descriptions with the platform's AES-GCM, independently
/// of the cipher under test: layout 1 is version 1 | nonce (12) | ciphertext | tag (16); layout 2
/// is version 2 | key version (uint32 big-endian) | nonce (12) | ciphertext | tag (16).
/// </summary>
internal static class HandSealed
{
    public static byte[] Layout1(byte[] key, string text, string associatedData) =>
        Layout1(key, Encoding.UTF8.GetBytes(text), associatedData);

    public static byte[] Layout1(byte[] key, byte[] plaintext, string associatedData)
    {
        var (nonce, ciphertext, tag) = Seal(key, plaintext, associatedData);

        return [1, .. nonce, .. ciphertext, .. tag];
    }

    public static byte[] Layout2(byte[] key, uint keyVersion, string text, string associatedData)
    {
        var (nonce, ciphertext, tag) = Seal(key, Encoding.UTF8.GetBytes(text), associatedData);

        byte[] version =
        [
            (byte)(keyVersion >> 24), (byte)(keyVersion >> 16), (byte)(keyVersion >> 8),
            (byte)keyVersion,
        ];
        return [2, .. version, .. nonce, .. ciphertext, .. tag];
    }

    /// <summary>The key version written in bytes 1-4 of a layout 2 value.</summary>
    public static uint KeyVersion(byte[] sealedValue) =>
        ((uint)sealedValue[1] << 24) | ((uint)sealedValue[2] << 16) | ((uint)sealedValue[3] << 8)
        | sealedValue[4];

    /// <summary>A copy of a layout 2 value whose key version field says
    /// <paramref name="keyVersion"/>.</summary>
    public static byte[] Relabelled(byte[] sealedValue, uint keyVersion)
    {
        var copy = (byte[])sealedValue.Clone();
        copy[1] = (byte)(keyVersion >> 24);
        copy[2] = (byte)(keyVersion >> 16);
        copy[3] = (byte)(keyVersion >> 8);
        copy[4] = (byte)keyVersion;
        return copy;
    }

    private static (byte[] Nonce, byte[] Ciphertext, byte[] Tag) Seal(
        byte[] key, byte[] plaintext, string associatedData)
    {
        var nonce = RandomNumberGenerator.GetBytes(12);
        var ciphertext = new byte[plaintext.Length];
        var tag = new byte[16];

        using var aes = new AesGcm(key, 16);
        aes.Encrypt(nonce, plaintext, ciphertext, tag, Encoding.UTF8.GetBytes(associatedData));
        return (nonce, ciphertext, tag);
    }
}
