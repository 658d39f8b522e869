using System.CommandLine;
using Ward.Access;
using Ward.Cli;

namespace Ward.Host.Tests.Access;

/// <summary>Nothing is reachable by omission: every command has a rule, every rule a
/// command.</summary>
public sealed class CommandCoverageTests
{
    [Fact]
    public void EveryRunnableCommand_HasAnAccessRule()
    {
        var runnable = Leaves(WardCommandLine.Build()).Select(CommandGuard.PathOf).ToList();

        var missing = runnable.Where(path => Operations.Command(path) is null).ToList();

        Assert.Empty(missing);
    }

    [Fact]
    public void EveryRule_NamesARealCommand()
    {
        var runnable = Leaves(WardCommandLine.Build()).Select(CommandGuard.PathOf).ToHashSet();

        var orphans = Operations.Commands.Select(c => c.Command.Split(" --")[0])
            .Where(path => !runnable.Contains(path)).ToList();

        Assert.Empty(orphans);
    }

    private static IEnumerable<Command> Leaves(Command command) =>
        command.Subcommands.Count == 0 ? [command] : command.Subcommands.SelectMany(Leaves);
}
