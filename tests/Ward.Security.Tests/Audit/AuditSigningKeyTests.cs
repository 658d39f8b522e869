using System.Security.Cryptography;
using Ward.Security.Audit;
using Ward.Security.Keys;

namespace Ward.Security.Tests.Audit;

public sealed class AuditSigningKeyTests
{
    private static readonly byte[] Message = "checkpoint"u8.ToArray();

    private readonly MasterKey _master = new(RandomNumberGenerator.GetBytes(32), "test");

    [Fact]
    public void Generate_Id_IsFirstSixteenHexDigitsOfThePublicKeyHash()
    {
        var wrapped = AuditSigningKey.Generate(_master);

        var expected = Convert.ToHexStringLower(SHA256.HashData(wrapped.PublicKey))[..16];
        Assert.Equal(expected, wrapped.Id);
        Assert.Equal(expected, AuditSigningKey.KeyIdOf(wrapped.PublicKey));
        Assert.Equal(_master.Id, wrapped.MasterKeyId);
    }

    [Fact]
    public void Generate_PublicKey_IsP256SubjectPublicKeyInfo()
    {
        var wrapped = AuditSigningKey.Generate(_master);

        using var key = ECDsa.Create();
        key.ImportSubjectPublicKeyInfo(wrapped.PublicKey, out var read);
        Assert.Equal(wrapped.PublicKey.Length, read);
        Assert.Equal("1.2.840.10045.3.1.7", key.ExportParameters(false).Curve.Oid.Value);
    }

    // The brief's storage rule: the private key is PKCS#8, wrapped with the associated data
    // "ward/signing/{Id}".
    [Fact]
    public void Generate_PrivateKey_IsPkcs8WrappedForItsId()
    {
        var wrapped = AuditSigningKey.Generate(_master);

        var pkcs8 = _master.Unwrap(wrapped.WrappedPrivateKey, $"ward/signing/{wrapped.Id}");

        using var key = ECDsa.Create();
        key.ImportPkcs8PrivateKey(pkcs8, out _);
        Assert.Equal(wrapped.PublicKey, key.ExportSubjectPublicKeyInfo());
    }

    [Fact]
    public void Open_RightMasterKey_SignsWhatThePublicKeyVerifies()
    {
        var wrapped = AuditSigningKey.Generate(_master);
        using var key = AuditSigningKey.Open(wrapped, _master);
        using var verifier = AuditSigningKey.PublicOnly(wrapped.PublicKey);

        var signature = key.SignData(Message, HashAlgorithmName.SHA256);

        Assert.True(verifier.VerifyData(Message, signature, HashAlgorithmName.SHA256));
    }

    [Fact]
    public void Open_OtherMasterKey_Throws()
    {
        var wrapped = AuditSigningKey.Generate(_master);
        var other = new MasterKey(RandomNumberGenerator.GetBytes(32), "test");

        var act = () => AuditSigningKey.Open(wrapped, other);

        Assert.ThrowsAny<CryptographicException>(act);
    }

    [Fact]
    public void Open_WrappedKeyAltered_Throws()
    {
        var wrapped = AuditSigningKey.Generate(_master);
        var altered = (byte[])wrapped.WrappedPrivateKey.Clone();
        altered[^1] ^= 1;

        var act = () => AuditSigningKey.Open(wrapped with { WrappedPrivateKey = altered }, _master);

        Assert.ThrowsAny<CryptographicException>(act);
    }

    [Fact]
    public void Open_PublicKeyOfAnotherKey_Throws()
    {
        var wrapped = AuditSigningKey.Generate(_master);
        var other = AuditSigningKey.Generate(_master);

        var act = () => AuditSigningKey.Open(wrapped with { PublicKey = other.PublicKey }, _master);

        Assert.ThrowsAny<CryptographicException>(act);
    }

    [Fact]
    public void Open_WrappedKeyUnderAnotherId_Throws()
    {
        var wrapped = AuditSigningKey.Generate(_master);
        var other = AuditSigningKey.Generate(_master);

        var act = () => AuditSigningKey.Open(
            other with { WrappedPrivateKey = wrapped.WrappedPrivateKey }, _master);

        Assert.ThrowsAny<CryptographicException>(act);
    }

    [Fact]
    public void Rewrap_NewMasterKey_OpensWithItAndNotTheOld()
    {
        var wrapped = AuditSigningKey.Generate(_master);
        var next = new MasterKey(RandomNumberGenerator.GetBytes(32), "test");

        var rewrapped = AuditSigningKey.Rewrap(wrapped, _master, next);

        Assert.Equal(wrapped.Id, rewrapped.Id);
        Assert.Equal(wrapped.PublicKey, rewrapped.PublicKey);
        Assert.Equal(next.Id, rewrapped.MasterKeyId);
        using var key = AuditSigningKey.Open(rewrapped, next);
        Assert.Equal(wrapped.PublicKey, key.ExportSubjectPublicKeyInfo());
        Assert.ThrowsAny<CryptographicException>(() => AuditSigningKey.Open(rewrapped, _master));
    }

    [Fact]
    public void PublicOnly_CannotSign()
    {
        var wrapped = AuditSigningKey.Generate(_master);
        using var key = AuditSigningKey.PublicOnly(wrapped.PublicKey);

        var act = () => key.SignData(Message, HashAlgorithmName.SHA256);

        Assert.ThrowsAny<CryptographicException>(act);
    }

    [Fact]
    public void PublicOnly_P384Key_Throws()
    {
        using var p384 = ECDsa.Create(ECCurve.NamedCurves.nistP384);

        var act = () => AuditSigningKey.PublicOnly(p384.ExportSubjectPublicKeyInfo());

        Assert.ThrowsAny<CryptographicException>(act);
    }
}
