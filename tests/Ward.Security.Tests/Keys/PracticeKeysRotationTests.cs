using System.Security.Cryptography;
using Ward.Security.Keys;

namespace Ward.Security.Tests.Keys;

public sealed class PracticeKeysRotationTests
{
    [Fact]
    public void Open_RowsWrappedByOldAndNewKeys_BothOpen()
    {
        var oldKey = NewMaster();
        var newKey = NewMaster();
        var v1 = PracticeKeys.Generate("practice-a", 1, oldKey);
        var v2 = PracticeKeys.Generate("practice-a", 2, newKey);
        var sealedValue = Open(v1, new MasterKeyRing(oldKey, [])).Fields.Encrypt("Jane", "name");

        var keys = Open([v1, v2], new MasterKeyRing(newKey, [oldKey]));

        Assert.Equal("Jane", keys.Fields.Decrypt(sealedValue, "name"));
        Assert.Equal(2, keys.CurrentVersion);
    }

    [Fact]
    public void Open_OldKeyNotInRing_ThrowsMissingMasterKeyNamingIt()
    {
        var oldKey = NewMaster();
        var wrapped = PracticeKeys.Generate("practice-a", 1, oldKey);
        var ring = new MasterKeyRing(NewMaster(), []);

        var error = Assert.Throws<MissingMasterKeyException>(() => Open(wrapped, ring));

        Assert.Equal(oldKey.Id, error.KeyId);
        Assert.Contains(oldKey.Id, error.Message, StringComparison.Ordinal);
        Assert.Contains(
            "Ward__Keys__PreviousMasterKeys__0", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rewrap_ThenOpenWithOnlyNewKey_SameKeys()
    {
        var oldKey = NewMaster();
        var newKey = NewMaster();
        var wrapped = PracticeKeys.Generate("practice-a", 1, oldKey);
        var before = Open(wrapped, new MasterKeyRing(oldKey, []));
        var sealedValue = before.Fields.Encrypt("Jane", "name");
        var ring = new MasterKeyRing(newKey, [oldKey]);

        var rewrapped = PracticeKeys.Rewrap("practice-a", wrapped, ring);

        var after = Open(rewrapped, new MasterKeyRing(newKey, []));
        Assert.Equal(newKey.Id, rewrapped.MasterKeyId);
        Assert.Equal(1, rewrapped.Version);
        Assert.Equal("Jane", after.Fields.Decrypt(sealedValue, "name"));
        Assert.Equal(before.Index.Compute("phone", "1"), after.Index.Compute("phone", "1"));
    }

    [Fact]
    public void Rewrap_Version2_StillOpensAsVersion2Only()
    {
        var oldKey = NewMaster();
        var newKey = NewMaster();
        var wrapped = PracticeKeys.Generate("practice-a", 2, oldKey);
        var newOnly = new MasterKeyRing(newKey, []);
        var ring = new MasterKeyRing(newKey, [oldKey]);

        var rewrapped = PracticeKeys.Rewrap("practice-a", wrapped, ring);

        Assert.Equal(2, Open(rewrapped, newOnly).CurrentVersion);
        var relabelled = rewrapped with { Version = 3 };
        Assert.ThrowsAny<CryptographicException>(() => Open(relabelled, newOnly));
    }

    [Fact]
    public void Rewrap_OldKeyNotInRing_ThrowsMissingMasterKey()
    {
        var oldKey = NewMaster();
        var wrapped = PracticeKeys.Generate("practice-a", 1, oldKey);
        var ring = new MasterKeyRing(NewMaster(), []);

        var act = () => PracticeKeys.Rewrap("practice-a", wrapped, ring);

        var error = Assert.Throws<MissingMasterKeyException>(act);
        Assert.Equal(oldKey.Id, error.KeyId);
    }

    [Fact]
    public void Rewrap_AnotherPracticesRow_ThrowsCryptographicException()
    {
        var master = NewMaster();
        var wrapped = PracticeKeys.Generate("practice-a", 1, master);
        var ring = new MasterKeyRing(NewMaster(), [master]);

        var act = () => PracticeKeys.Rewrap("practice-b", wrapped, ring);

        Assert.ThrowsAny<CryptographicException>(act);
    }

    [Fact]
    public void NextVersion_NewFieldKeySameIndex_OldValuesOpenAndIndexesMatch()
    {
        var master = NewMaster();
        var ring = new MasterKeyRing(master, []);
        var v1 = PracticeKeys.Generate("practice-a", 1, master);
        var first = Open(v1, ring);
        var oldValue = first.Fields.Encrypt("+15550100123", "patients.phone");

        var v2 = first.NextVersion(master);
        var second = Open([v1, v2], ring);

        Assert.Equal(2, v2.Version);
        Assert.Equal(2, second.CurrentVersion);
        Assert.Equal("+15550100123", second.Fields.Decrypt(oldValue, "patients.phone"));
        Assert.Equal(first.Index.Compute("phone", "+15550100123"),
            second.Index.Compute("phone", "+15550100123"));
        Assert.ThrowsAny<CryptographicException>(() => first.Fields.Decrypt(
            second.Fields.Encrypt("x", "patients.phone"), "patients.phone"));
    }

    private static PracticeKeys Open(WrappedPracticeKeys wrapped, MasterKeyRing ring) =>
        PracticeKeys.Open("practice-a", [wrapped], ring);

    private static PracticeKeys Open(WrappedPracticeKeys[] versions, MasterKeyRing ring) =>
        PracticeKeys.Open("practice-a", versions, ring);

    private static MasterKey NewMaster() =>
        new(RandomNumberGenerator.GetBytes(32), "environment");
}
