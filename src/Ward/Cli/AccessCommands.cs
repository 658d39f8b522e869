using System.CommandLine;
using Ward.Access;
using Ward.Security.Access;

namespace Ward.Cli;

/// <summary><c>ward access matrix</c>: every command and endpoint against every role, for an
/// auditor.</summary>
internal static class AccessCommands
{
    private const string Legend = """
        Each command and endpoint of Ward, the permission it needs, and which roles may use it.
        yes: the role holds the permission. break-glass: only with --break-glass and a stated
        reason, audited and texted to the compliance officers. no: refused and audited.
        None: no permission needed; the command reveals no practice data.
        system is Ward itself: the server's jobs, the provider webhooks (authenticated by the
        providers' signatures) and commands run on the server machine without --user.

        """;

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
            var rules = Operations.Published;
            if (result.GetValue(format) == "csv")
            {
                Console.Write(AccessMatrix.ToCsv(rules, AccessPolicy.Default));
                return 0;
            }

            Console.WriteLine(Legend);
            Console.Write(AccessMatrix.ToMarkdown(rules, AccessPolicy.Default));
            return 0;
        });
        return command;
    }
}
