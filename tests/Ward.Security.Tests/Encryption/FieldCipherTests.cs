using System.Security.Cryptography;
using System.Text;

namespace Ward.Security.Tests.Encryption;

public sealed class FieldCipherTests
{
    // New values use layout 2: AES-256-GCM with a 96-bit nonce and a 128-bit tag (NIST SP
    // 800-38D) behind a one-byte layout and the key version: 2 | version (4) | nonce (12) |
    // ciphertext | tag (16). Layout 1 (1 | nonce | ciphertext | tag) is read only.
    private const int Overhead = 1 + 4 + 12 + 16;
    private const int NonceAt = 1 + 4;

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
        Assert.NotEqual(
            first.AsSpan(NonceAt, 12).ToArray(), second.AsSpan(NonceAt, 12).ToArray());
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
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(16)]
    [InlineData(17)]
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
    [InlineData(5)]
    [InlineData(32)]
    [InlineData(33)]
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

    [Fact]
    public void Encrypt_Text_SealsInLayout2UnderKeyVersionOne()
    {
        var cipher = new FieldCipher("practice-a", NewKey());

        var sealedValue = cipher.Encrypt("Jane Doe", "name");

        Assert.Equal(2, sealedValue[0]);
        Assert.Equal(1u, HandSealed.KeyVersion(sealedValue));
    }

    [Fact]
    public void Decrypt_Layout1SealedByHand_Opens()
    {
        var key = NewKey();
        var sealedValue = HandSealed.Layout1(key, "Jane Doe", "practice-a/name");

        var opened = new FieldCipher("practice-a", key).Decrypt(sealedValue, "name");

        Assert.Equal("Jane Doe", opened);
    }

    [Fact]
    public void Decrypt_Layout2SealedByHand_Opens()
    {
        var key = NewKey();
        var sealedValue = HandSealed.Layout2(key, 1, "Jane Doe", "practice-a/name");

        var opened = new FieldCipher("practice-a", key).Decrypt(sealedValue, "name");

        Assert.Equal("Jane Doe", opened);
    }

    [Fact]
    public void Decrypt_Layout1ForAnotherField_ThrowsCryptographicException()
    {
        var key = NewKey();
        var sealedValue = HandSealed.Layout1(key, "Jane Doe", "practice-a/name");

        var act = () => new FieldCipher("practice-a", key).Decrypt(sealedValue, "phone");

        Assert.ThrowsAny<CryptographicException>(act);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    [InlineData(255)]
    public void Decrypt_UnknownLayout_ThrowsCryptographicException(byte layout)
    {
        var cipher = new FieldCipher("practice-a", NewKey());
        var sealedValue = cipher.Encrypt("Jane Doe", "name");
        sealedValue[0] = layout;

        var act = () => cipher.Decrypt(sealedValue, "name");

        Assert.ThrowsAny<CryptographicException>(act);
    }

    [Theory]
    [InlineData(0u)]
    [InlineData(2u)]
    [InlineData(0x80000000u)]
    [InlineData(uint.MaxValue)]
    public void Decrypt_KeyVersionNotHeld_ThrowsCryptographicException(uint version)
    {
        var cipher = new FieldCipher("practice-a", NewKey());
        var sealedValue = HandSealed.Relabelled(cipher.Encrypt("Jane Doe", "name"), version);

        var act = () => cipher.Decrypt(sealedValue, "name");

        Assert.ThrowsAny<CryptographicException>(act);
    }

    [Fact]
    public void Decrypt_EveryHeldVersion_Opens()
    {
        var keys = new Dictionary<int, byte[]> { [1] = NewKey(), [2] = NewKey(), [3] = NewKey() };
        var cipher = new FieldCipher(Encoding.UTF8.GetBytes("practice-a/"), 3, keys);

        var opened = keys.Select(k =>
            cipher.Decrypt(HandSealed.Layout2(k.Value, (uint)k.Key, "x", "practice-a/f"), "f"));

        Assert.Equal(["x", "x", "x"], opened);
    }

    [Fact]
    public void Encrypt_SeveralVersions_SealsUnderTheCurrentOne()
    {
        var keys = new Dictionary<int, byte[]> { [1] = NewKey(), [2] = NewKey() };
        var cipher = new FieldCipher(Encoding.UTF8.GetBytes("practice-a/"), 2, keys);
        var onlyTwo = new FieldCipher(Encoding.UTF8.GetBytes("practice-a/"), 2, keys[2]);

        var sealedValue = cipher.Encrypt("Jane Doe", "name");

        Assert.Equal(2u, HandSealed.KeyVersion(sealedValue));
        Assert.Equal("Jane Doe", onlyTwo.Decrypt(sealedValue, "name"));
    }

    [Fact]
    public void Decrypt_VersionRelabelledToAnotherHeldKey_ThrowsCryptographicException()
    {
        var keys = new Dictionary<int, byte[]> { [1] = NewKey(), [2] = NewKey() };
        var cipher = new FieldCipher(Encoding.UTF8.GetBytes("practice-a/"), 2, keys);
        var sealedValue = HandSealed.Relabelled(cipher.Encrypt("Jane Doe", "name"), 1);

        var act = () => cipher.Decrypt(sealedValue, "name");

        Assert.ThrowsAny<CryptographicException>(act);
    }

    [Fact]
    public void Decrypt_LongValueAndLongFieldName_RoundTrips()
    {
        var cipher = new FieldCipher("practice-a", NewKey());
        var text = new string('a', 5000) + "ü";
        var field = new string('f', 700);

        var opened = cipher.Decrypt(cipher.Encrypt(text, field), field);

        Assert.Equal(text, opened);
    }

    private static byte[] NewKey() => RandomNumberGenerator.GetBytes(32);
}
