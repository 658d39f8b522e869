using System.Security.Cryptography;
using Microsoft.Extensions.Logging;

namespace Ward.Security.Keys;

/// <summary>Finds the master key, and the previous ones, as <see cref="KeyOptions"/>
/// describes.</summary>
public sealed class MasterKeyLoader(ILogger<MasterKeyLoader> logger)
{
    private const string DevelopmentKeyFile = "master.dev.key";

    /// <summary>Loads the master key; generates a development key under
    /// <paramref name="dataDirectory"/> when none is configured and that is allowed.</summary>
    public MasterKey Load(KeyOptions options, string dataDirectory)
    {
        ArgumentNullException.ThrowIfNull(options);

        if (!string.IsNullOrWhiteSpace(options.MasterKey))
        {
            return new MasterKey(Decode(options.MasterKey, "Ward:Keys:MasterKey"), "environment");
        }

        if (!string.IsNullOrWhiteSpace(options.MasterKeyFile))
        {
            var text = File.ReadAllText(options.MasterKeyFile);
            return new MasterKey(Decode(text, "Ward:Keys:MasterKeyFile"), "file");
        }

        if (!options.AllowDevelopmentKey)
        {
            throw new InvalidOperationException(
                "No master key: set Ward__Keys__MasterKey or Ward__Keys__MasterKeyFile.");
        }

        return LoadDevelopmentKey(dataDirectory);
    }

    /// <summary>Loads the current master key as <see cref="Load"/> does, and the previous keys
    /// that still unwrap rows not yet re-wrapped.</summary>
    public MasterKeyRing LoadRing(KeyOptions options, string dataDirectory)
    {
        var current = Load(options, dataDirectory);

        var previous = new List<MasterKey>();
        var texts = options.PreviousMasterKeys ?? [];
        for (var i = 0; i < texts.Length; i++)
        {
            // A blank entry is how an operator drops a key without renumbering the others.
            if (!string.IsNullOrWhiteSpace(texts[i]))
            {
                var source = $"Ward:Keys:PreviousMasterKeys:{i}";
                previous.Add(new MasterKey(Decode(texts[i], source), "previous"));
            }
        }

        return new MasterKeyRing(current, previous);
    }

    /// <summary>Makes a new random key in the Base64 form that the options expect.</summary>
    public static string NewKeyText() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    private MasterKey LoadDevelopmentKey(string dataDirectory)
    {
        var folder = Path.Combine(dataDirectory, "keys");
        var path = Path.Combine(folder, DevelopmentKeyFile);
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(folder);
            WriteOwnerOnly(path, NewKeyText());
        }

        SecurityLog.DevelopmentMasterKey(logger, path);
        return new MasterKey(Decode(File.ReadAllText(path), path), "development");
    }

    private static void WriteOwnerOnly(string path, string text)
    {
        // Created with owner-only permissions from the first byte, never widened afterwards.
        var options = new FileStreamOptions
        {
            Mode = FileMode.CreateNew,
            Access = FileAccess.Write,
        };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using var writer = new StreamWriter(path, System.Text.Encoding.ASCII, options);
        writer.Write(text);
    }

    private static byte[] Decode(string text, string source)
    {
        try
        {
            var bytes = Convert.FromBase64String(text.Trim());
            if (bytes.Length == 32)
            {
                return bytes;
            }
        }
        catch (FormatException)
        {
            // Reported below without echoing the value.
        }

        throw new InvalidOperationException(
            $"The master key from {source} is not Base64 of 32 bytes.");
    }
}
