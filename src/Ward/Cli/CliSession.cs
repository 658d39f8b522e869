using Ward.Access;
using Ward.Hosting;

namespace Ward.Cli;

/// <summary>
/// What the command guard established before a command runs: the opened store, who is acting,
/// and for which practice. Commands read it instead of opening the store themselves, so no
/// command can run without having passed the guard.
/// </summary>
internal sealed record CliSession(
    WardCore Core, Principal Principal, string? PracticeId, bool BreakGlass = false)
{
    private static readonly AsyncLocal<CliSession?> Holder = new();

    /// <summary>The session of the command now running; throws when the guard did not
    /// run.</summary>
    public static CliSession Current => Holder.Value
        ?? throw new InvalidOperationException("The command ran without its access check.");

    public static void Begin(CliSession session) => Holder.Value = session;

    /// <summary>The practice id; the guard has checked that the practice exists.</summary>
    public string Practice => PracticeId
        ?? throw new InvalidOperationException("This command is not scoped to a practice.");
}
