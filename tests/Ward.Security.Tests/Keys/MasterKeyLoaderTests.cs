using System.Security.Cryptography;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Ward.Security.Keys;

namespace Ward.Security.Tests.Keys;

public sealed class MasterKeyLoaderTests
{
    [Fact]
    public void Load_EnvironmentKey_UsesIt()
    {
        using var folder = new TempFolder();
        var bytes = RandomNumberGenerator.GetBytes(32);
        var options = new KeyOptions { MasterKey = Convert.ToBase64String(bytes) };

        var key = NewLoader().Load(options, folder.Path);

        Assert.Equal("environment", key.Origin);
        AssertSameKey(new MasterKey(bytes, "test"), key);
        Assert.False(Directory.Exists(Path.Combine(folder.Path, "keys")));
    }

    [Fact]
    public void Load_EnvironmentKeyWithSurroundingWhitespace_UsesIt()
    {
        using var folder = new TempFolder();
        var bytes = RandomNumberGenerator.GetBytes(32);
        var options = new KeyOptions { MasterKey = " " + Convert.ToBase64String(bytes) + "\n" };

        var key = NewLoader().Load(options, folder.Path);

        AssertSameKey(new MasterKey(bytes, "test"), key);
    }

    [Fact]
    public void Load_EnvironmentAndFileKeys_EnvironmentWins()
    {
        using var folder = new TempFolder();
        var envBytes = RandomNumberGenerator.GetBytes(32);
        var file = Path.Combine(folder.Path, "master.key");
        File.WriteAllText(file, MasterKeyLoader.NewKeyText());
        var options = new KeyOptions
        {
            MasterKey = Convert.ToBase64String(envBytes),
            MasterKeyFile = file,
        };

        var key = NewLoader().Load(options, folder.Path);

        Assert.Equal("environment", key.Origin);
        AssertSameKey(new MasterKey(envBytes, "test"), key);
    }

    [Fact]
    public void Load_KeyFile_UsesIt()
    {
        using var folder = new TempFolder();
        var bytes = RandomNumberGenerator.GetBytes(32);
        var file = Path.Combine(folder.Path, "master.key");
        File.WriteAllText(file, Convert.ToBase64String(bytes) + "\n");

        var key = NewLoader().Load(new KeyOptions { MasterKeyFile = file }, folder.Path);

        Assert.Equal("file", key.Origin);
        AssertSameKey(new MasterKey(bytes, "test"), key);
    }

    [Theory]
    [InlineData("not-base64-at-all!!")]
    [InlineData("c2VjcmV0LXZhbHVlLTE2Yg==")]
    [InlineData("AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8g")]
    public void Load_BadEnvironmentKey_RefusedWithoutEchoingValue(string value)
    {
        using var folder = new TempFolder();
        var options = new KeyOptions { MasterKey = value };

        var error = Assert.Throws<InvalidOperationException>(
            () => NewLoader().Load(options, folder.Path));

        Assert.DoesNotContain(value, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(value, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Load_BadKeyFile_RefusedWithoutEchoingContent()
    {
        using var folder = new TempFolder();
        var file = Path.Combine(folder.Path, "master.key");
        var content = "c2VjcmV0LXNob3J0";
        File.WriteAllText(file, content);

        var error = Assert.Throws<InvalidOperationException>(
            () => NewLoader().Load(new KeyOptions { MasterKeyFile = file }, folder.Path));

        Assert.DoesNotContain(content, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Load_NoKeyAndDevelopmentKeyNotAllowed_Throws()
    {
        using var folder = new TempFolder();
        var options = new KeyOptions { AllowDevelopmentKey = false };

        var act = () => NewLoader().Load(options, folder.Path);

        Assert.Throws<InvalidOperationException>(act);
        Assert.False(Directory.Exists(Path.Combine(folder.Path, "keys")));
    }

    [Fact]
    public void Load_NoKey_CreatesDevelopmentKeyFileAndWarns()
    {
        using var folder = new TempFolder();
        var logger = new RecordingLogger<MasterKeyLoader>();

        var key = new MasterKeyLoader(logger).Load(new KeyOptions(), folder.Path);

        var file = Path.Combine(folder.Path, "keys", "master.dev.key");
        Assert.Equal("development", key.Origin);
        Assert.True(File.Exists(file));
        Assert.Equal(32, Convert.FromBase64String(File.ReadAllText(file).Trim()).Length);
        var warning = Assert.Single(logger.Entries, e => e.Level == LogLevel.Warning);
        var keyText = File.ReadAllText(file).Trim();
        Assert.DoesNotContain(keyText, warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_DevelopmentKeyTwice_ReusesTheFile()
    {
        using var folder = new TempFolder();
        var first = NewLoader().Load(new KeyOptions(), folder.Path);
        var file = Path.Combine(folder.Path, "keys", "master.dev.key");
        var content = File.ReadAllText(file);

        var second = NewLoader().Load(new KeyOptions(), folder.Path);

        Assert.Equal(content, File.ReadAllText(file));
        AssertSameKey(first, second);
        Assert.Single(Directory.GetFiles(Path.Combine(folder.Path, "keys")));
    }

    [Fact]
    public void Load_DevelopmentKey_FileReadableByOwnerOnly()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var folder = new TempFolder();

        NewLoader().Load(new KeyOptions(), folder.Path);

        var mode = File.GetUnixFileMode(Path.Combine(folder.Path, "keys", "master.dev.key"));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, mode);
    }

    [Fact]
    public void LoadRing_PreviousKeys_CurrentFirstThenPrevious()
    {
        using var folder = new TempFolder();
        var current = RandomNumberGenerator.GetBytes(32);
        var first = RandomNumberGenerator.GetBytes(32);
        var second = RandomNumberGenerator.GetBytes(32);
        var options = new KeyOptions
        {
            MasterKey = Convert.ToBase64String(current),
            PreviousMasterKeys = [Convert.ToBase64String(first), Convert.ToBase64String(second)],
        };

        var ring = NewLoader().LoadRing(options, folder.Path);

        Assert.Equal(3, ring.All.Count);
        AssertSameKey(new MasterKey(current, "test"), ring.Current);
        AssertSameKey(new MasterKey(first, "test"), ring.All[1]);
        AssertSameKey(new MasterKey(second, "test"), ring.All[2]);
        Assert.Equal("previous", ring.All[1].Origin);
    }

    [Fact]
    public void LoadRing_NoPreviousKeys_OnlyTheCurrentKey()
    {
        using var folder = new TempFolder();
        var options = new KeyOptions { MasterKey = MasterKeyLoader.NewKeyText() };

        var ring = NewLoader().LoadRing(options, folder.Path);

        Assert.Same(ring.Current, Assert.Single(ring.All));
        Assert.Equal("environment", ring.Current.Origin);
    }

    [Fact]
    public void LoadRing_BlankPreviousEntry_Ignored()
    {
        using var folder = new TempFolder();
        var options = new KeyOptions
        {
            MasterKey = MasterKeyLoader.NewKeyText(),
            PreviousMasterKeys = ["", MasterKeyLoader.NewKeyText(), "  "],
        };

        var ring = NewLoader().LoadRing(options, folder.Path);

        Assert.Equal(2, ring.All.Count);
    }

    [Theory]
    [InlineData("not-base64-at-all!!")]
    [InlineData("c2VjcmV0LXZhbHVlLTE2Yg==")]
    [InlineData("AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8g")]
    public void LoadRing_BadPreviousKey_RefusedNamingSourceWithoutValue(string value)
    {
        using var folder = new TempFolder();
        var options = new KeyOptions
        {
            MasterKey = MasterKeyLoader.NewKeyText(),
            PreviousMasterKeys = [MasterKeyLoader.NewKeyText(), value],
        };

        var error = Assert.Throws<InvalidOperationException>(
            () => NewLoader().LoadRing(options, folder.Path));

        Assert.Contains("Ward:Keys:PreviousMasterKeys:1", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(value, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void LoadRing_NoCurrentKeyAndDevelopmentKeyNotAllowed_Throws()
    {
        using var folder = new TempFolder();
        var options = new KeyOptions
        {
            AllowDevelopmentKey = false,
            PreviousMasterKeys = [MasterKeyLoader.NewKeyText()],
        };

        var act = () => NewLoader().LoadRing(options, folder.Path);

        Assert.Throws<InvalidOperationException>(act);
    }

    [Fact]
    public void KeyOptions_IndexedPreviousKeysInConfiguration_Bound()
    {
        var first = MasterKeyLoader.NewKeyText();
        var second = MasterKeyLoader.NewKeyText();
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Ward:Keys:PreviousMasterKeys:0"] = first,
                ["Ward:Keys:PreviousMasterKeys:1"] = second,
            })
            .Build();

        var options = configuration.GetSection("Ward:Keys").Get<KeyOptions>();

        Assert.NotNull(options?.PreviousMasterKeys);
        Assert.Equal([first, second], options.PreviousMasterKeys);
    }

    [Fact]
    public void KeyOptions_NoPreviousKeysConfigured_None()
    {
        var options = new KeyOptions();

        var previous = options.PreviousMasterKeys;

        Assert.Null(previous);
    }

    [Fact]
    public void NewKeyText_IsBase64OfThirtyTwoRandomBytes()
    {
        var first = MasterKeyLoader.NewKeyText();

        var second = MasterKeyLoader.NewKeyText();

        Assert.Equal(32, Convert.FromBase64String(first).Length);
        Assert.NotEqual(first, second);
    }

    private static MasterKeyLoader NewLoader() => new(new RecordingLogger<MasterKeyLoader>());

    private static void AssertSameKey(MasterKey expected, MasterKey actual)
    {
        var dataKey = RandomNumberGenerator.GetBytes(32);
        var wrapped = expected.Wrap(dataKey, "check");
        Assert.Equal(dataKey, actual.Unwrap(wrapped, "check"));
        Assert.Equal(expected.Id, actual.Id);
    }
}
