using System.CommandLine;

namespace Ward.Cli;

/// <summary>
/// Options every command accepts: who runs it (<c>--user</c>, or the <c>WARD_USER</c>
/// environment variable) and, when their role falls short, a stated reason to break the glass.
/// Without a user a command acts as Ward itself (the <c>system</c> role), as the server's jobs
/// do; HIPAA 164.312(a)(2)(i) asks that people be told apart, so staff name themselves.
/// </summary>
internal static class CliIdentity
{
    public static Option<string?> User { get; } = new("--user")
    {
        Description = "Act as this member of the practice's staff (their e-mail). "
            + "Default: $WARD_USER, else Ward itself (role system).",
        Recursive = true,
    };

    public static Option<string?> BreakGlass { get; } = new("--break-glass")
    {
        Description = "Use emergency access beyond your role, stating why; it is audited and "
            + "the compliance officers are alerted.",
        Recursive = true,
    };
}
