using System.CommandLine;
using Microsoft.Extensions.Options;

namespace Ward.Cli;

/// <summary>
/// The <c>ward</c> command. <c>serve</c> is the default verb, so <c>ward --urls URL</c> serves.
/// </summary>
internal static class WardCommandLine
{
    private static readonly string[] Verbs =
    [
        "serve", "practice", "audit", "triage", "keys", "demo", "send", "outbox", "eval",
        "--help", "-h", "-?", "--version",
    ];

    public static async Task<int> RunAsync(string[] args)
    {
        var root = new RootCommand(
            "Ward: patient messaging for medical practices, safe and compliant by construction.")
        {
            ServeCommand.Create(),
            PracticeCommands.Create(),
            AuditCommands.Create(),
            TriageCommand.Create(),
            KeysCommand.Create(),
            DemoCommand.Create(),
            SendCommand.Create(),
            OutboxCommands.Create(),
            EvalCommand.Create(),
        };

        var effective = args.Length == 0 || !Verbs.Contains(args[0]) ? ["serve", .. args] : args;
        try
        {
            var invocation = new InvocationConfiguration { EnableDefaultExceptionHandler = false };
            return await root.Parse(effective).InvokeAsync(invocation);
        }
        catch (CliException e)
        {
            await Console.Error.WriteLineAsync(e.Message);
            return 2;
        }
        catch (Exception e) when (e is InvalidOperationException or IOException
            or UnauthorizedAccessException or OptionsValidationException)
        {
            // Process boundary: configuration and environment problems are reported in one
            // line (Ward's own messages carry no PHI or secrets), not as a stack trace.
            await Console.Error.WriteLineAsync($"ward: {e.Message}");
            return 1;
        }
    }
}
