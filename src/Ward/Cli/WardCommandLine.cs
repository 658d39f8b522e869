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
        "access", "agreements", "conversation", "patient", "consent", "breach", "review",
        "retention", "doctor", "staff", "kb",
        "--help", "-h", "-?", "--version",
    ];

    /// <summary>Runs one command; <paramref name="configuration"/> replaces appsettings.json
    /// and the environment (tests).</summary>
    public static Task<int> RunAsync(string[] args, IConfiguration? configuration = null) =>
        RunAsync(args, configuration, invoke: true);

    /// <summary>Parses and runs the access check only: 0 when the command would run, 3 when
    /// refused, 2 for a mistake in the call. For the permission matrix tests.</summary>
    public static Task<int> CheckAccessAsync(string[] args, IConfiguration configuration) =>
        RunAsync(args, configuration, invoke: false);

    private static async Task<int> RunAsync(
        string[] args, IConfiguration? configuration, bool invoke)
    {
        var effective = args.Length == 0 || !Verbs.Contains(args[0]) ? ["serve", .. args] : args;
        try
        {
            var parse = Build().Parse(effective);
            // Set here, not inside the guard: an async-local set in an awaited method does not
            // flow back to its caller.
            if (await GuardAsync(parse, configuration, CancellationToken.None) is { } session)
            {
                CliSession.Begin(session);
            }

            if (parse.Errors.Count > 0)
            {
                return await ReportParseErrorsAsync(parse, invoke);
            }

            if (!invoke)
            {
                return 0;
            }

            var invocation = new InvocationConfiguration { EnableDefaultExceptionHandler = false };
            return await parse.InvokeAsync(invocation);
        }
        catch (Exception e) when (ExitCodeOf(e) is { } code)
        {
            // Process boundary: mistakes, refusals and configuration problems are reported in
            // one line (Ward's own messages carry no PHI or secrets), not as a stack trace.
            await Console.Error.WriteLineAsync(code == 1 ? $"ward: {e.Message}" : e.Message);
            return code;
        }
    }

    /// <summary>A mistake in the call: each problem on a line, then where the help is; exit
    /// 2, the same as every other mistake.</summary>
    private static async Task<int> ReportParseErrorsAsync(ParseResult parse, bool print)
    {
        if (print)
        {
            foreach (var error in parse.Errors)
            {
                await Console.Error.WriteLineAsync(error.Message);
            }

            var path = CommandGuard.PathOf(parse.CommandResult.Command);
            await Console.Error.WriteLineAsync($"See: ward {path} --help".TrimEnd());
        }

        return 2;
    }

    private static int? ExitCodeOf(Exception e) => e switch
    {
        CliException or Registers.RegisterException or PatientRights.PatientNotFoundException
            or Compliance.AuditPack.AuditPackException => 2,
        AccessDeniedException => 3,
        InvalidOperationException or IOException or UnauthorizedAccessException
            or OptionsValidationException or Security.Keys.MissingMasterKeyException => 1,
        _ => null,
    };

    /// <summary>The whole command tree, with the identity options on every command.</summary>
    public static RootCommand Build()
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
            AccessCommands.Create(),
            AgreementCommands.Create(),
            ConversationCommands.Create(),
            PatientCommands.Create(),
            ConsentCommands.Create(),
            BreachCommands.Create(),
            ReviewCommands.Create(),
            RetentionCommands.Create(),
            DoctorCommand.Create(),
            StaffCommands.Create(),
            KnowledgeCommands.Create(),
        };
        root.Options.Add(CliIdentity.User);
        root.Options.Add(CliIdentity.BreakGlass);
        return root;
    }

    /// <summary>Runs the access check of the parsed command; help and parse errors pass, a
    /// command without a rule does not (fail closed).</summary>
    private static async Task<CliSession?> GuardAsync(
        ParseResult parse, IConfiguration? configuration, CancellationToken cancellationToken)
    {
        var command = parse.CommandResult.Command;
        if (parse.Errors.Count > 0 || command.Action is null || parse.Action != command.Action)
        {
            return null;
        }

        var rule = CommandGuard.RuleFor(parse) ?? throw new AccessDeniedException(
            $"Permission denied: '{CommandGuard.PathOf(command)}' has no entry in the access "
            + "matrix.");
        return rule.Required != Ward.Security.Access.Permission.None || rule.PracticeScoped
            ? await CommandGuard.AuthorizeAsync(parse, rule, configuration, cancellationToken)
            : null;
    }
}
