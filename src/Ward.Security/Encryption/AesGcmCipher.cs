using System.Buffers;
using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Ward.Security;

/// <summary>
/// AES-256-GCM with a fresh random 96-bit nonce and a 128-bit tag per value (NIST SP 800-38D).
/// Two layouts of a sealed value:
/// 1: layout 1 (1 byte) | nonce (12) | ciphertext | tag (16). Wrapped keys use it, and field values
///    sealed before key versions existed, which therefore mean key version 1.
/// 2: layout 2 (1 byte) | key version (uint32, big-endian) | nonce (12) | ciphertext | tag (16).
/// The associated data is a fixed prefix followed by the UTF-8 of a suffix (usually a field name).
/// </summary>
internal static class AesGcmCipher
{
    public const int KeySize = 32;
    private const int NonceSize = 12;
    private const int TagSize = 16;
    private const int Overhead = NonceSize + TagSize;
    private const int StackLimit = 512;

    private const byte Layout1 = 1;
    private const byte Layout2 = 2;
    private const int Layout1Header = 1;
    private const int Layout2Header = 1 + sizeof(uint);

    /// <summary>Seals bytes in layout 1.</summary>
    public static byte[] Seal(
        ReadOnlySpan<byte> key, ReadOnlySpan<byte> plaintext, ReadOnlySpan<byte> adPrefix,
        string adSuffix)
    {
        var sealedValue = new byte[Layout1Header + Overhead + plaintext.Length];
        sealedValue[0] = Layout1;
        var body = sealedValue.AsSpan(Layout1Header);
        plaintext.CopyTo(body.Slice(NonceSize, plaintext.Length));

        SealInPlace(key, body, plaintext.Length, adPrefix, adSuffix);
        return sealedValue;
    }

    /// <summary>Seals the UTF-8 of <paramref name="plaintext"/> in layout 2, naming the key
    /// version so that the reader picks the right key.</summary>
    public static byte[] SealText(
        ReadOnlySpan<byte> key, int keyVersion, string plaintext, ReadOnlySpan<byte> adPrefix,
        string adSuffix)
    {
        var length = Encoding.UTF8.GetByteCount(plaintext);
        var sealedValue = new byte[Layout2Header + Overhead + length];
        sealedValue[0] = Layout2;
        BinaryPrimitives.WriteUInt32BigEndian(sealedValue.AsSpan(1), checked((uint)keyVersion));

        var body = sealedValue.AsSpan(Layout2Header);
        Encoding.UTF8.GetBytes(plaintext, body.Slice(NonceSize, length));

        SealInPlace(key, body, length, adPrefix, adSuffix);
        return sealedValue;
    }

    /// <summary>The key version a sealed value names: 1 for layout 1.</summary>
    public static int KeyVersionOf(ReadOnlySpan<byte> sealedValue)
    {
        if (HeaderSize(sealedValue) == Layout1Header)
        {
            return 1;
        }

        var version = BinaryPrimitives.ReadUInt32BigEndian(sealedValue[1..]);
        if (version is 0 or > int.MaxValue)
        {
            throw new CryptographicException("The sealed value names no valid key version.");
        }

        return (int)version;
    }

    /// <summary>Opens a value of either layout into a new array.</summary>
    public static byte[] Open(
        ReadOnlySpan<byte> key, ReadOnlySpan<byte> sealedValue, ReadOnlySpan<byte> adPrefix,
        string adSuffix)
    {
        var body = sealedValue[HeaderSize(sealedValue)..];
        var plaintext = new byte[body.Length - Overhead];
        OpenBody(key, body, plaintext, adPrefix, adSuffix);
        return plaintext;
    }

    /// <summary>Opens a value of either layout as UTF-8 text.</summary>
    public static string OpenText(
        ReadOnlySpan<byte> key, ReadOnlySpan<byte> sealedValue, ReadOnlySpan<byte> adPrefix,
        string adSuffix)
    {
        var body = sealedValue[HeaderSize(sealedValue)..];
        var length = body.Length - Overhead;
        byte[]? rented = null;
        Span<byte> plaintext = length <= StackLimit
            ? stackalloc byte[StackLimit]
            : rented = ArrayPool<byte>.Shared.Rent(length);
        plaintext = plaintext[..length];
        try
        {
            OpenBody(key, body, plaintext, adPrefix, adSuffix);
            return Encoding.UTF8.GetString(plaintext);
        }
        finally
        {
            // The buffer held PHI; a pooled array must not hand it to its next user.
            CryptographicOperations.ZeroMemory(plaintext);
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    private static int HeaderSize(ReadOnlySpan<byte> sealedValue)
    {
        var header = sealedValue.IsEmpty ? 0 : sealedValue[0] switch
        {
            Layout1 => Layout1Header,
            Layout2 => Layout2Header,
            _ => 0,
        };
        if (header == 0 || sealedValue.Length < header + Overhead)
        {
            throw new CryptographicException("The sealed value has an unknown layout.");
        }

        return header;
    }

    // body: nonce | plaintext, encrypted in place | room for the tag.
    private static void SealInPlace(
        ReadOnlySpan<byte> key, Span<byte> body, int length, ReadOnlySpan<byte> adPrefix,
        string adSuffix)
    {
        var nonce = body[..NonceSize];
        RandomNumberGenerator.Fill(nonce);
        var text = body.Slice(NonceSize, length);
        var adLength = adPrefix.Length + Encoding.UTF8.GetByteCount(adSuffix);
        Span<byte> ad = adLength <= StackLimit ? stackalloc byte[adLength] : new byte[adLength];
        Compose(ad, adPrefix, adSuffix);

        using var aes = new AesGcm(key, TagSize);
        aes.Encrypt(nonce, text, text, body.Slice(NonceSize + length, TagSize), ad);
    }

    private static void OpenBody(
        ReadOnlySpan<byte> key, ReadOnlySpan<byte> body, Span<byte> plaintext,
        ReadOnlySpan<byte> adPrefix, string adSuffix)
    {
        var adLength = adPrefix.Length + Encoding.UTF8.GetByteCount(adSuffix);
        Span<byte> ad = adLength <= StackLimit ? stackalloc byte[adLength] : new byte[adLength];
        Compose(ad, adPrefix, adSuffix);

        using var aes = new AesGcm(key, TagSize);
        aes.Decrypt(
            body[..NonceSize],
            body.Slice(NonceSize, plaintext.Length),
            body.Slice(NonceSize + plaintext.Length, TagSize),
            plaintext,
            ad);
    }

    private static void Compose(Span<byte> destination, ReadOnlySpan<byte> prefix, string suffix)
    {
        prefix.CopyTo(destination);
        Encoding.UTF8.GetBytes(suffix, destination[prefix.Length..]);
    }
}
