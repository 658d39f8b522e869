using System.CommandLine;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Ward.Access;
using Ward.Hosting;
using Ward.Security.Access;

namespace Ward.Cli;

/// <summary>
/// Checks every command against the permission matrix before it runs: finds its rule (a
/// command without one is refused), works out who is acting and for which practice, asks the
/// access policy, audits a refusal or a break-glass access, and opens the session the command
/// then uses.
/// </summary>
internal static class CommandGuard
{
    /// <summary>The rule for the parsed command; a flag variant wins when its flag is
    /// given.</summary>
    public static CommandRule? RuleFor(ParseResult parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        var path = PathOf(parse.CommandResult.Command);
        var variant = Operations.Commands.FirstOrDefault(rule =>
            rule.Command.StartsWith(path + " --", StringComparison.Ordinal)
            && FlagGiven(parse, rule.Command[(path.Length + 1)..]));
        return variant ?? Operations.Command(path);
    }

    /// <summary>The command's path below the root, e.g. "audit export".</summary>
    public static string PathOf(Command command)
    {
        var names = new List<string>();
        for (var c = command; c is not null && c is not RootCommand;
             c = c.Parents.OfType<Command>().FirstOrDefault())
        {
            names.Insert(0, c.Name);
        }

        return string.Join(' ', names);
    }

    /// <summary>Authorises the command and opens its session; throws
    /// <see cref="AccessDeniedException"/> when the matrix refuses.</summary>
    public static async Task<CliSession> AuthorizeAsync(ParseResult parse, CommandRule rule,
        IConfiguration? configuration, CancellationToken cancellationToken)
    {
        var userId = (Value(parse, "--user") ?? Environment.GetEnvironmentVariable("WARD_USER"))
            ?.Trim().ToLowerInvariant();
        var reason = Value(parse, "--break-glass");
        if (reason is not null && reason.Trim().Length < 10)
        {
            throw new CliException("--break-glass needs the reason in words (10 characters or "
                + "more): it is what the compliance officer reviews.");
        }

        var practiceId = PracticeOf(parse);
        if (rule.PracticeScoped && practiceId is null && !rule.Bootstrap)
        {
            throw new CliException($"'{rule.Command}' needs --practice ID.");
        }

        var core = await CliCore.OpenAsync(Value(parse, "--data"), cancellationToken,
            create: rule.Bootstrap, configuration);
        var exists = !rule.PracticeScoped || practiceId is not null
            && await PracticeExistsAsync(core, practiceId, cancellationToken);
        if (!exists && !(rule.Bootstrap && userId is null))
        {
            throw new CliException($"No practice with id \"{practiceId}\".");
        }

        if (rule.NamedUser && userId is null)
        {
            throw new AccessDeniedException($"Permission denied: '{rule.Command}' shows patient "
                + "data to a person, who must name themselves with --user (or WARD_USER).");
        }

        var principal = await PrincipalAsync(core, userId, practiceId, cancellationToken);
        var required = exists ? rule.Required : Permission.None;
        var decision = AccessPolicy.Default.Decide(principal.Role, required, reason is not null);
        await new AccessRecorder(core).RecordAsync(
            new AccessAttempt(rule, principal, practiceId, decision, reason), cancellationToken);
        if (!decision.Allowed)
        {
            throw new AccessDeniedException($"Permission denied: {decision.Reason}.");
        }

        return new CliSession(core, principal, practiceId, decision.ByBreakGlass);
    }

    private static async Task<bool> PracticeExistsAsync(
        WardCore core, string practiceId, CancellationToken cancellationToken)
    {
        await using var db = core.Database.CreateContext();
        return await db.Practices.AnyAsync(p => p.Id == practiceId, cancellationToken);
    }

    private static async Task<Principal> PrincipalAsync(WardCore core, string? userId,
        string? practiceId, CancellationToken cancellationToken)
    {
        if (userId is null)
        {
            return Principal.System;
        }

        if (practiceId is null)
        {
            throw new CliException("--user needs a practice to look the user up in: add "
                + "--practice ID (commands without that option run as Ward itself).");
        }

        await using var db = core.Database.CreateContext();
        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(
            u => u.PracticeId == practiceId && u.Id == userId, cancellationToken);
        if (user is null || user.DisabledAtMs is not null)
        {
            // A refusal worth reviewing: someone tried a name that is not (or no longer) staff.
            var stranger = Principal.Staff(userId.Length > 120 ? userId[..120] : userId, "none");
            var decision = new AccessDecision(false, false, "not an active user of the practice");
            await new AccessRecorder(core).RecordAsync(new AccessAttempt(
                new CommandRule("sign-in", Permission.None, true), stranger, practiceId, decision,
                null), cancellationToken);
            throw new AccessDeniedException(
                $"Permission denied: no active user \"{stranger.ActorId}\" in practice "
                + $"\"{practiceId}\".");
        }

        return Principal.Staff(user.Id, user.Role);
    }

    private static string? PracticeOf(ParseResult parse)
    {
        if (Value(parse, "--practice") is { } named)
        {
            return named;
        }

        // The first import of a practice names it in the file, not on the command line.
        var file = parse.CommandResult.Children.OfType<System.CommandLine.Parsing.ArgumentResult>()
            .Select(a => a.GetValueOrDefault<FileInfo>()).FirstOrDefault();
        return file is { Exists: true } ? IdInFile(file.FullName) : null;
    }

    private static string? IdInFile(string path)
    {
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(path));
            return document.RootElement.TryGetProperty("id", out var id)
                && id.ValueKind == JsonValueKind.String ? id.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static bool FlagGiven(ParseResult parse, string flag) =>
        parse.CommandResult.Command.Options.FirstOrDefault(o => o.Name == flag) is { } option
        && parse.GetResult(option) is { Implicit: false } result
        && (result.Option is not Option<bool> boolean || parse.GetValue(boolean));

    private static string? Value(ParseResult parse, string name)
    {
        var option = parse.CommandResult.Command.Options.FirstOrDefault(o => o.Name == name)
            ?? (name == "--user" ? CliIdentity.User
                : name == "--break-glass" ? CliIdentity.BreakGlass : null);
        return option is Option<string?> text ? parse.GetValue(text)
            : option is Option<string> required ? parse.GetValue(required) : null;
    }
}
