using System.CommandLine;
using Ward.Access;
using Ward.Security.Access;

namespace Ward.Cli;

/// <summary><c>ward access matrix</c>: every command and endpoint against every role, for an
/// auditor.</summary>
internal static class AccessCommands
{
    public static Command Create() => new("access", "Roles and permissions.") { Matrix() };

    private static Command Matrix()
    {
        var format = new Option<string>("--format")
        {
            Description = "markdown (default) or csv.",
            DefaultValueFactory = _ => "markdown",
        };
        format.AcceptOnlyFromAmong("markdown", "csv");
        var command = new Command("matrix",
            "Print the permission matrix: each command and endpoint, the permission it needs, "
            + "and which roles hold it.") { format };
        command.SetAction(result =>
        {
            var rules = Operations.All;
            Console.Write(result.GetValue(format) == "csv"
                ? AccessMatrix.ToCsv(rules, AccessPolicy.Default)
                : AccessMatrix.ToMarkdown(rules, AccessPolicy.Default));
            return 0;
        });
        return command;
    }
}
