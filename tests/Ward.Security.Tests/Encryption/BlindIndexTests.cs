using System.Security.Cryptography;
using System.Text;

namespace Ward.Security.Tests.Encryption;

public sealed class BlindIndexTests
{
    // Expected values are HMAC-SHA256 (RFC 2104, FIPS 198-1) of "domain\nvalue" under the keys of
    // RFC 4231 test cases 1 and 2, computed independently with Python's hmac module.
    [Theory]
    [InlineData("4a656665", "what do ya want", "for nothing?",
        "50ff9fd552ba6f7d7aea9a88e93f2ebee2870bf860cfd7a2b6cf2cbbed92a13e")]
    [InlineData("0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b", "Hi", "There",
        "1539111f3b1a63f093cb0f3ba8c9a36e62e77176c30655f47e3436531973ac6e")]
    [InlineData("4a656665", "phone", "+12025550123",
        "67f3938111e7cafd1494e49d8e4769a264046e2ca9d555bcd672de21a2bb260a")]
    public void Compute_KnownKey_IsHmacSha256OfDomainAndValue(
        string keyHex, string domain, string value, string expected)
    {
        var index = new BlindIndex(Convert.FromHexString(keyHex));

        var computed = index.Compute(domain, value);

        Assert.Equal(expected, computed);
    }

    [Fact]
    public void HmacSha256_Rfc4231Case2_MatchesPublishedVector()
    {
        var key = Encoding.ASCII.GetBytes("Jefe");
        var data = Encoding.ASCII.GetBytes("what do ya want for nothing?");

        var mac = HMACSHA256.HashData(key, data);

        Assert.Equal(
            "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
            Convert.ToHexStringLower(mac));
    }

    [Fact]
    public void Compute_SameKeyAndValue_IsDeterministic()
    {
        var key = RandomNumberGenerator.GetBytes(32);
        var first = new BlindIndex(key);
        var second = new BlindIndex((byte[])key.Clone());

        var a = first.Compute("phone", "+12025550123");
        var b = second.Compute("phone", "+12025550123");

        Assert.Equal(a, b);
        Assert.Matches("^[0-9a-f]{64}$", a);
    }

    [Fact]
    public void Compute_DifferentKeys_Differ()
    {
        var first = new BlindIndex(RandomNumberGenerator.GetBytes(32));
        var second = new BlindIndex(RandomNumberGenerator.GetBytes(32));

        var a = first.Compute("phone", "+12025550123");
        var b = second.Compute("phone", "+12025550123");

        Assert.NotEqual(a, b);
    }

    [Fact]
    public void Compute_DifferentDomains_Differ()
    {
        var index = new BlindIndex(RandomNumberGenerator.GetBytes(32));

        var phone = index.Compute("phone", "+12025550123");
        var email = index.Compute("email", "+12025550123");

        Assert.NotEqual(phone, email);
    }

    [Fact]
    public void Compute_DifferentValues_Differ()
    {
        var index = new BlindIndex(RandomNumberGenerator.GetBytes(32));

        var a = index.Compute("phone", "+12025550123");
        var b = index.Compute("phone", "+12025550124");

        Assert.NotEqual(a, b);
    }

    [Fact]
    public void Compute_Value_DoesNotRevealIt()
    {
        var index = new BlindIndex(RandomNumberGenerator.GetBytes(32));

        var computed = index.Compute("phone", "+12025550123");

        Assert.DoesNotContain("2025550123", computed, StringComparison.Ordinal);
    }

    [Fact]
    public void Compute_NullValue_ThrowsArgumentNullException()
    {
        var index = new BlindIndex(RandomNumberGenerator.GetBytes(32));

        var act = () => index.Compute("phone", null!);

        Assert.Throws<ArgumentNullException>(act);
    }
}
