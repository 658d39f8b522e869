using System.Security.Cryptography;
using Ward.Security.Keys;

namespace Ward.Security.Tests.Keys;

public sealed class MasterKeyTests
{
    [Fact]
    public void Unwrap_WrappedDataKey_ReturnsIt()
    {
        var master = new MasterKey(RandomNumberGenerator.GetBytes(32), "environment");
        var dataKey = RandomNumberGenerator.GetBytes(32);
        var wrapped = master.Wrap(dataKey, "ward/practice/p1/fields");

        var unwrapped = master.Unwrap(wrapped, "ward/practice/p1/fields");

        Assert.Equal(dataKey, unwrapped);
        Assert.NotEqual(dataKey, wrapped.AsSpan(1 + 12, 32).ToArray());
    }

    [Fact]
    public void Unwrap_WrongMasterKey_ThrowsCryptographicException()
    {
        var master = new MasterKey(RandomNumberGenerator.GetBytes(32), "environment");
        var other = new MasterKey(RandomNumberGenerator.GetBytes(32), "environment");
        var wrapped = master.Wrap(RandomNumberGenerator.GetBytes(32), "ward/practice/p1/fields");

        var act = () => other.Unwrap(wrapped, "ward/practice/p1/fields");

        Assert.ThrowsAny<CryptographicException>(act);
    }

    [Fact]
    public void Unwrap_OtherPurpose_ThrowsCryptographicException()
    {
        var master = new MasterKey(RandomNumberGenerator.GetBytes(32), "environment");
        var wrapped = master.Wrap(RandomNumberGenerator.GetBytes(32), "ward/practice/p1/fields");

        var act = () => master.Unwrap(wrapped, "ward/practice/p1/index");

        Assert.ThrowsAny<CryptographicException>(act);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(16)]
    [InlineData(31)]
    [InlineData(33)]
    public void Constructor_NotThirtyTwoBytes_ThrowsArgumentException(int length)
    {
        var bytes = new byte[length];

        var act = () => new MasterKey(bytes, "file");

        Assert.Throws<ArgumentException>(act);
    }

    [Fact]
    public void Constructor_CallerChangesArrayLater_KeyUnaffected()
    {
        var bytes = RandomNumberGenerator.GetBytes(32);
        var master = new MasterKey(bytes, "file");
        var wrapped = master.Wrap(RandomNumberGenerator.GetBytes(32), "purpose");

        Array.Clear(bytes);

        var unwrapped = master.Unwrap(wrapped, "purpose");
        Assert.Equal(32, unwrapped.Length);
    }

    [Fact]
    public void Id_SameKey_SameShortFingerprintWithoutTheKey()
    {
        var bytes = RandomNumberGenerator.GetBytes(32);

        var first = new MasterKey(bytes, "file");
        var second = new MasterKey((byte[])bytes.Clone(), "environment");

        Assert.Equal(first.Id, second.Id);
        Assert.Equal(16, first.Id.Length);
        Assert.DoesNotContain(first.Id, Convert.ToHexStringLower(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public void Id_DifferentKeys_Differ()
    {
        var first = new MasterKey(RandomNumberGenerator.GetBytes(32), "file");

        var second = new MasterKey(RandomNumberGenerator.GetBytes(32), "file");

        Assert.NotEqual(first.Id, second.Id);
    }
}
