using System.Security.Cryptography;
using Ward.Security.Keys;

namespace Ward.Security.Tests.Keys;

public sealed class PracticeKeysTests
{
    [Fact]
    public void Open_GeneratedKeys_EncryptAndIndexWork()
    {
        var master = NewMaster();
        var wrapped = PracticeKeys.Generate("practice-a", master);

        var keys = PracticeKeys.Open("practice-a", wrapped, master);

        Assert.Equal("practice-a", keys.PracticeId);
        Assert.Equal(master.Id, wrapped.MasterKeyId);
        Assert.Equal("Jane", keys.Fields.Decrypt(keys.Fields.Encrypt("Jane", "name"), "name"));
        Assert.Matches("^[0-9a-f]{64}$", keys.Index.Compute("phone", "+12025550123"));
    }

    [Fact]
    public void Open_TwiceFromSameWrappedKeys_SameKeys()
    {
        var master = NewMaster();
        var wrapped = PracticeKeys.Generate("practice-a", master);
        var first = PracticeKeys.Open("practice-a", wrapped, master);

        var second = PracticeKeys.Open("practice-a", wrapped, master);

        var sealedValue = first.Fields.Encrypt("Jane", "name");
        Assert.Equal("Jane", second.Fields.Decrypt(sealedValue, "name"));
        Assert.Equal(first.Index.Compute("phone", "1"), second.Index.Compute("phone", "1"));
    }

    [Fact]
    public void Generate_TwoPractices_IndependentKeys()
    {
        var master = NewMaster();
        var a = PracticeKeys.Open("a", PracticeKeys.Generate("a", master), master);

        var b = PracticeKeys.Open("b", PracticeKeys.Generate("b", master), master);

        var sealedForA = a.Fields.Encrypt("Jane", "name");
        Assert.ThrowsAny<CryptographicException>(() => b.Fields.Decrypt(sealedForA, "name"));
        Assert.NotEqual(a.Index.Compute("phone", "1"), b.Index.Compute("phone", "1"));
    }

    [Fact]
    public void Open_WrongMasterKey_ThrowsCryptographicException()
    {
        var wrapped = PracticeKeys.Generate("practice-a", NewMaster());

        var act = () => PracticeKeys.Open("practice-a", wrapped, NewMaster());

        Assert.ThrowsAny<CryptographicException>(act);
    }

    [Fact]
    public void Open_KeysOfAnotherPractice_ThrowsCryptographicException()
    {
        var master = NewMaster();
        var wrapped = PracticeKeys.Generate("practice-a", master);

        var act = () => PracticeKeys.Open("practice-b", wrapped, master);

        Assert.ThrowsAny<CryptographicException>(act);
    }

    [Fact]
    public void Open_EncryptionAndIndexKeysSwapped_ThrowsCryptographicException()
    {
        var master = NewMaster();
        var wrapped = PracticeKeys.Generate("practice-a", master);
        var swapped = wrapped with
        {
            EncryptionKey = wrapped.IndexKey,
            IndexKey = wrapped.EncryptionKey,
        };

        var act = () => PracticeKeys.Open("practice-a", swapped, master);

        Assert.ThrowsAny<CryptographicException>(act);
    }

    private static MasterKey NewMaster() =>
        new(RandomNumberGenerator.GetBytes(32), "environment");
}
