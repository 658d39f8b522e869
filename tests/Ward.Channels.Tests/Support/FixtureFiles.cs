namespace Ward.Channels.Tests.Support;

/// <summary>
/// Finds the shared fixtures: up from the test binaries to the folder holding Ward.slnx, then
/// ../shared/fixtures beside the repository.
/// </summary>
internal static class FixtureFiles
{
    public const string MissingReason =
        "Shared fixtures not found: expected ../shared/fixtures next to the folder with Ward.slnx.";

    private static readonly Lazy<string?> Folder = new(Locate);

    public static string? Directory => Folder.Value;

    public static byte[] ReadBytes(string name) => File.ReadAllBytes(PathOf(name));

    public static string ReadText(string name) => File.ReadAllText(PathOf(name));

    /// <summary>Decodes an application/x-www-form-urlencoded fixture into ordered pairs.</summary>
    public static List<KeyValuePair<string, string>> ReadFormPairs(string name) =>
        [.. ReadText(name).Split('&').Select(DecodePair)];

    public static Dictionary<string, string> ReadForm(string name) =>
        ReadFormPairs(name).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);

    private static KeyValuePair<string, string> DecodePair(string pair)
    {
        var equals = pair.IndexOf('=', StringComparison.Ordinal);
        var name = equals < 0 ? pair : pair[..equals];
        var value = equals < 0 ? string.Empty : pair[(equals + 1)..];
        return new(Decode(name), Decode(value));
    }

    private static string Decode(string text) => Uri.UnescapeDataString(text.Replace('+', ' '));

    private static string PathOf(string name) =>
        Path.Combine(Directory ?? throw new InvalidOperationException(MissingReason), name);

    private static string? Locate()
    {
        var start = new DirectoryInfo(AppContext.BaseDirectory);
        for (var dir = start; dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Ward.slnx")))
            {
                var fixtures =
                    Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "fixtures"));
                return System.IO.Directory.Exists(fixtures) ? fixtures : null;
            }
        }

        return null;
    }
}
