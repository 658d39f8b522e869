using System.CommandLine;
using Ward.Security.Keys;

namespace Ward.Cli;

/// <summary><c>ward keys generate</c>: prints a fresh master key for
/// Ward__Keys__MasterKey.</summary>
internal static class KeysCommand
{
    public static Command Create()
    {
        var generate = new Command("generate",
            "Print a new random master key (Base64 of 32 bytes) for Ward__Keys__MasterKey.");
        generate.SetAction(_ =>
        {
            Console.WriteLine(MasterKeyLoader.NewKeyText());
            return 0;
        });
        return new Command("keys", "Master key tools.") { generate };
    }
}
