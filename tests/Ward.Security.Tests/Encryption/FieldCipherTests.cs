using System.Security.Cryptography;
using System.Text;

namespace Ward.Security.Tests.Encryption;

public sealed class FieldCipherTests
{
    // Layout from AES-256-GCM with a 96-bit nonce and a 128-bit tag (NIST SP 800-38D), behind a
    // one-byte version: version (1) | nonce (12) | ciphertext | tag (16).
    private const int Overhead = 1 + 12 + 16;

    [Theory]
    [InlineData("Hello, Doctor")]
    [InlineData("Ünïcödé: 患者の痛み, مرحبا, 🩺🚑")]
    [InlineData("line one\nline two\r\n\ttabbed\0nul")]
    public void Decrypt_SealedValue_ReturnsOriginalText(string text)
    {
        var cipher = new FieldCipher("practice-a", NewKey());
        var sealedValue = cipher.Encrypt(text, "body");

        var opened = cipher.Decrypt(sealedValue, "body");

        Assert.Equal(text, opened);
        Assert.Equal(Overhead + Encoding.UTF8.GetByteCount(text), sealedValue.Length);
    }

    [Fact]
    public void Decrypt_EmptyString_RoundTrips()
    {
        var cipher = new FieldCipher("practice-a", NewKey());

        var sealedValue = cipher.Encrypt("", "name");

        Assert.Equal(Overhead, sealedValue.Length);
        Assert.Equal("", cipher.Decrypt(sealedValue, "name"));
    }

    [Fact]
    public void Encrypt_SameTextTwice_GivesDifferentNoncesAndCiphertexts()
    {
        var cipher = new FieldCipher("practice-a", NewKey());

        var first = cipher.Encrypt("same text", "body");
        var second = cipher.Encrypt("same text", "body");

        Assert.NotEqual(first, second);
        Assert.NotEqual(first.AsSpan(1, 12).ToArray(), second.AsSpan(1, 12).ToArray());
    }

    [Fact]
    public void Encrypt_Plaintext_DoesNotAppearInSealedValue()
    {
        var cipher = new FieldCipher("practice-a", NewKey());
        var text = "+12025550123 chest pain since this morning";

        var sealedValue = cipher.Encrypt(text, "body");

        var plain = Encoding.UTF8.GetBytes(text);
        Assert.Equal(-1, sealedValue.AsSpan().IndexOf(plain.AsSpan(0, 12)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(12)]
    [InlineData(13)]
    [InlineData(20)]
    [InlineData(-1)]
    public void Decrypt_OneByteFlipped_ThrowsCryptographicException(int position)
    {
        var cipher = new FieldCipher("practice-a", NewKey());
        var sealedValue = cipher.Encrypt("appointment on Tuesday", "body");
        var index = position < 0 ? sealedValue.Length + position : position;
        sealedValue[index] ^= 0x01;

        var act = () => cipher.Decrypt(sealedValue, "body");

        Assert.ThrowsAny<CryptographicException>(act);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(28)]
    [InlineData(29)]
    public void Decrypt_Truncated_ThrowsCryptographicException(int keep)
    {
        var cipher = new FieldCipher("practice-a", NewKey());
        var sealedValue = cipher.Encrypt("x", "body");
        var shortened = sealedValue.AsSpan(0, Math.Min(keep, sealedValue.Length - 1)).ToArray();

        var act = () => cipher.Decrypt(shortened, "body");

        Assert.ThrowsAny<CryptographicException>(act);
    }

    [Fact]
    public void Decrypt_SealedForAnotherField_ThrowsCryptographicException()
    {
        var cipher = new FieldCipher("practice-a", NewKey());
        var sealedValue = cipher.Encrypt("Jane Doe", "name");

        var act = () => cipher.Decrypt(sealedValue, "phone");

        Assert.ThrowsAny<CryptographicException>(act);
    }

    [Fact]
    public void Decrypt_SealedForAnotherPracticeSameKey_ThrowsCryptographicException()
    {
        var key = NewKey();
        var sealedValue = new FieldCipher("practice-a", key).Encrypt("Jane Doe", "name");
        var other = new FieldCipher("practice-b", key);

        var act = () => other.Decrypt(sealedValue, "name");

        Assert.ThrowsAny<CryptographicException>(act);
    }

    [Fact]
    public void Decrypt_WrongKey_ThrowsCryptographicException()
    {
        var sealedValue = new FieldCipher("practice-a", NewKey()).Encrypt("Jane Doe", "name");
        var other = new FieldCipher("practice-a", NewKey());

        var act = () => other.Decrypt(sealedValue, "name");

        Assert.ThrowsAny<CryptographicException>(act);
    }

    [Fact]
    public void Encrypt_NullText_ThrowsArgumentNullException()
    {
        var cipher = new FieldCipher("practice-a", NewKey());

        var act = () => cipher.Encrypt(null!, "body");

        Assert.Throws<ArgumentNullException>(act);
    }

    private static byte[] NewKey() => RandomNumberGenerator.GetBytes(32);
}
