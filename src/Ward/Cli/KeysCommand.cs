using System.CommandLine;
using Ward.Keys;
using Ward.Security.Keys;

namespace Ward.Cli;

/// <summary><c>ward keys generate | rotate</c>: master key tools.</summary>
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
        return new Command("keys", "Master key tools.") { generate, Rotate() };
    }

    private static Command Rotate()
    {
        var data = CommonOptions.Data();
        var dataKeys = new Option<bool>("--data-keys")
        {
            Description = "Also give every practice a new data key version.",
        };
        var command = new Command("rotate", "Re-wrap every stored key under the current master "
            + "key (set the new key as Ward__Keys__MasterKey and the old one as "
            + "Ward__Keys__PreviousMasterKeys__0 first); old data stays readable.")
        {
            data, dataKeys,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            var outcome = await new KeyRotation(CliSession.Current.Core)
                .RotateAsync(result.GetValue(dataKeys), cancellationToken);
            Console.WriteLine($"Master key {outcome.MasterKeyId}: {outcome.Rewrapped} stored "
                + "key(s) re-wrapped.");
            foreach (var (practice, version) in outcome.DataKeyVersions)
            {
                Console.WriteLine($"  {practice}: data key version {version} in use.");
            }

            return 0;
        });
        return command;
    }
}
