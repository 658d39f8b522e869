using System.CommandLine;

namespace Ward.Cli;

/// <summary>Options that several commands share.</summary>
internal static class CommonOptions
{
    public static Option<string?> Data() => new("--data")
    {
        Description = "The data directory (SQLite file, development key). Default: ./data",
    };
}
