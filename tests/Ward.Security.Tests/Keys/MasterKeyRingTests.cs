using System.Security.Cryptography;
using Ward.Security.Keys;

namespace Ward.Security.Tests.Keys;

public sealed class MasterKeyRingTests
{
    [Fact]
    public void Find_CurrentId_ReturnsCurrent()
    {
        var current = NewMaster();
        var ring = new MasterKeyRing(current, [NewMaster()]);

        var found = ring.Find(current.Id);

        Assert.Same(current, found);
        Assert.Same(current, ring.Current);
    }

    [Fact]
    public void Find_PreviousId_ReturnsPrevious()
    {
        var previous = NewMaster();
        var ring = new MasterKeyRing(NewMaster(), [NewMaster(), previous]);

        var found = ring.Find(previous.Id);

        Assert.Same(previous, found);
    }

    [Fact]
    public void Find_UnknownId_ThrowsMissingMasterKeyNamingIdAndSetting()
    {
        var bytes = RandomNumberGenerator.GetBytes(32);
        var absent = new MasterKey(bytes, "file");
        var ring = new MasterKeyRing(NewMaster(), [NewMaster()]);

        var error = Assert.Throws<MissingMasterKeyException>(() => ring.Find(absent.Id));

        Assert.Equal(absent.Id, error.KeyId);
        Assert.Contains(absent.Id, error.Message, StringComparison.Ordinal);
        Assert.Contains(
            "Ward__Keys__PreviousMasterKeys__0", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(
            Convert.ToBase64String(bytes), error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(
            Convert.ToHexStringLower(bytes), error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void All_CurrentAndPrevious_CurrentFirstInGivenOrder()
    {
        var current = NewMaster();
        var first = NewMaster();
        var second = NewMaster();

        var ring = new MasterKeyRing(current, [first, second]);

        Assert.Equal([current, first, second], ring.All);
    }

    [Fact]
    public void All_PreviousRepeatsCurrentOrItself_KeptOnce()
    {
        var bytes = RandomNumberGenerator.GetBytes(32);
        var current = new MasterKey(bytes, "environment");
        var old = NewMaster();

        var ring = new MasterKeyRing(current, [new MasterKey(bytes, "previous"), old, old]);

        Assert.Equal([current, old], ring.All);
    }

    private static MasterKey NewMaster() =>
        new(RandomNumberGenerator.GetBytes(32), "environment");
}
