using System.Security.Cryptography;
using Ward.Security.Keys;
using Ward.Security.Tests.Encryption;

namespace Ward.Security.Tests.Keys;

public sealed class PracticeKeysTests
{
    [Fact]
    public void Open_GeneratedKeys_EncryptAndIndexWork()
    {
        var master = NewMaster();
        var wrapped = PracticeKeys.Generate("practice-a", 1, master);

        var keys = Open("practice-a", master, wrapped);

        Assert.Equal("practice-a", keys.PracticeId);
        Assert.Equal(1, keys.CurrentVersion);
        Assert.Equal(1, wrapped.Version);
        Assert.Equal(master.Id, wrapped.MasterKeyId);
        Assert.Equal("Jane", keys.Fields.Decrypt(keys.Fields.Encrypt("Jane", "name"), "name"));
        Assert.Matches("^[0-9a-f]{64}$", keys.Index.Compute("phone", "+12025550123"));
    }

    [Fact]
    public void Open_TwiceFromSameWrappedKeys_SameKeys()
    {
        var master = NewMaster();
        var wrapped = PracticeKeys.Generate("practice-a", 1, master);
        var first = Open("practice-a", master, wrapped);

        var second = Open("practice-a", master, wrapped);

        var sealedValue = first.Fields.Encrypt("Jane", "name");
        Assert.Equal("Jane", second.Fields.Decrypt(sealedValue, "name"));
        Assert.Equal(first.Index.Compute("phone", "1"), second.Index.Compute("phone", "1"));
    }

    [Fact]
    public void Generate_TwoPractices_IndependentKeys()
    {
        var master = NewMaster();
        var a = Open("a", master, PracticeKeys.Generate("a", 1, master));

        var b = Open("b", master, PracticeKeys.Generate("b", 1, master));

        var sealedForA = a.Fields.Encrypt("Jane", "name");
        Assert.ThrowsAny<CryptographicException>(() => b.Fields.Decrypt(sealedForA, "name"));
        Assert.NotEqual(a.Index.Compute("phone", "1"), b.Index.Compute("phone", "1"));
    }

    [Fact]
    public void Open_IdOfRingKeyButOtherKeyWrapped_ThrowsCryptographicException()
    {
        var master = NewMaster();
        var wrapped = PracticeKeys.Generate("practice-a", 1, NewMaster());
        var relabelled = wrapped with { MasterKeyId = master.Id };

        var act = () => Open("practice-a", master, relabelled);

        Assert.ThrowsAny<CryptographicException>(act);
    }

    [Fact]
    public void Open_KeysOfAnotherPractice_ThrowsCryptographicException()
    {
        var master = NewMaster();
        var wrapped = PracticeKeys.Generate("practice-a", 1, master);

        var act = () => Open("practice-b", master, wrapped);

        Assert.ThrowsAny<CryptographicException>(act);
    }

    [Fact]
    public void Open_EncryptionAndIndexKeysSwapped_ThrowsCryptographicException()
    {
        var master = NewMaster();
        var wrapped = PracticeKeys.Generate("practice-a", 1, master);
        var swapped = wrapped with
        {
            EncryptionKey = wrapped.IndexKey,
            IndexKey = wrapped.EncryptionKey,
        };

        var act = () => Open("practice-a", master, swapped);

        Assert.ThrowsAny<CryptographicException>(act);
    }

    [Fact]
    public void Open_RowAndValueAsWrittenBeforeVersions_Opens()
    {
        // A key row and a field value as stored before key versions: the data keys wrapped with
        // the purposes "ward/practice/<id>/fields" and ".../index", the value in layout 1 with
        // the associated data "<practice>/<field>".
        var master = NewMaster();
        var fieldKey = RandomNumberGenerator.GetBytes(32);
        var indexKey = RandomNumberGenerator.GetBytes(32);
        var row = new WrappedPracticeKeys(
            1,
            master.Id,
            master.Wrap(fieldKey, "ward/practice/practice-a/fields"),
            master.Wrap(indexKey, "ward/practice/practice-a/index"));
        var sealedValue = HandSealed.Layout1(fieldKey, "Jane Doe", "practice-a/name");

        var keys = Open("practice-a", master, row);

        Assert.Equal("Jane Doe", keys.Fields.Decrypt(sealedValue, "name"));
        var expectedIndex = Convert.ToHexStringLower(
            HMACSHA256.HashData(indexKey, "phone\n+12025550123"u8));
        Assert.Equal(expectedIndex, keys.Index.Compute("phone", "+12025550123"));
    }

    [Fact]
    public void Decrypt_SealedUnderVersion1_OpensAfterVersion2Added()
    {
        var master = NewMaster();
        var v1 = PracticeKeys.Generate("practice-a", 1, master);
        var sealedValue = Open("practice-a", master, v1).Fields.Encrypt("Jane Doe", "name");
        var v2 = PracticeKeys.Generate("practice-a", 2, master);

        var keys = Open("practice-a", master, v1, v2);

        Assert.Equal(2, keys.CurrentVersion);
        Assert.Equal("Jane Doe", keys.Fields.Decrypt(sealedValue, "name"));
    }

    [Fact]
    public void Encrypt_AfterVersion2Added_CarriesVersion2()
    {
        var master = NewMaster();
        var v1 = PracticeKeys.Generate("practice-a", 1, master);
        var v2 = PracticeKeys.Generate("practice-a", 2, master);
        var keys = Open("practice-a", master, v2, v1);

        var sealedValue = keys.Fields.Encrypt("Jane Doe", "name");

        Assert.Equal(2, sealedValue[0]);
        Assert.Equal(2u, HandSealed.KeyVersion(sealedValue));
        var onlyV2 = Open("practice-a", master, v2);
        Assert.Equal("Jane Doe", onlyV2.Fields.Decrypt(sealedValue, "name"));
        var onlyV1 = Open("practice-a", master, v1);
        Assert.ThrowsAny<CryptographicException>(() => onlyV1.Fields.Decrypt(sealedValue, "name"));
    }

    [Fact]
    public void Index_AfterVersion2Added_UsesVersion2AndIndexOfGivesVersion1()
    {
        var master = NewMaster();
        var v1 = PracticeKeys.Generate("practice-a", 1, master);
        var v2 = PracticeKeys.Generate("practice-a", 2, master);
        var before = Open("practice-a", master, v1).Index.Compute("phone", "+12025550123");
        var onlyV2 = Open("practice-a", master, v2).Index.Compute("phone", "+12025550123");

        var keys = Open("practice-a", master, v1, v2);

        Assert.Equal(onlyV2, keys.Index.Compute("phone", "+12025550123"));
        Assert.Equal(before, keys.IndexOf(1).Compute("phone", "+12025550123"));
        Assert.NotEqual(before, onlyV2);
    }

    [Fact]
    public void IndexOf_VersionNotLoaded_ThrowsArgumentOutOfRange()
    {
        var master = NewMaster();
        var keys = Open("practice-a", master, PracticeKeys.Generate("practice-a", 1, master));

        var act = () => keys.IndexOf(2);

        Assert.Throws<ArgumentOutOfRangeException>(act);
    }

    [Theory]
    [InlineData(1, 2)]
    [InlineData(2, 1)]
    [InlineData(2, 3)]
    public void Open_RowRelabelledAsOtherVersion_ThrowsCryptographicException(
        int real, int claimed)
    {
        var master = NewMaster();
        var wrapped = PracticeKeys.Generate("practice-a", real, master);

        var act = () => Open("practice-a", master, wrapped with { Version = claimed });

        Assert.ThrowsAny<CryptographicException>(act);
    }

    [Fact]
    public void Open_NoVersions_ThrowsArgumentException()
    {
        var ring = new MasterKeyRing(NewMaster(), []);

        var act = () => PracticeKeys.Open("practice-a", [], ring);

        Assert.Throws<ArgumentException>(act);
    }

    [Fact]
    public void Open_SameVersionTwice_ThrowsArgumentException()
    {
        var master = NewMaster();
        var first = PracticeKeys.Generate("practice-a", 1, master);
        var second = PracticeKeys.Generate("practice-a", 1, master);

        var act = () => Open("practice-a", master, first, second);

        Assert.Throws<ArgumentException>(act);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Generate_VersionBelowOne_ThrowsArgumentOutOfRange(int version)
    {
        var master = NewMaster();

        var act = () => PracticeKeys.Generate("practice-a", version, master);

        Assert.Throws<ArgumentOutOfRangeException>(act);
    }

    private static PracticeKeys Open(
        string practiceId, MasterKey master, params WrappedPracticeKeys[] versions) =>
        PracticeKeys.Open(practiceId, versions, new MasterKeyRing(master, []));

    private static MasterKey NewMaster() =>
        new(RandomNumberGenerator.GetBytes(32), "environment");
}
