using System.CommandLine;
using Ward.Retention;

namespace Ward.Cli;

/// <summary><c>ward retention purge</c>: applies the practice's retention policy now.</summary>
internal static class RetentionCommands
{
    public static Command Create() => new("retention", "Retention of messages and audit events.")
    {
        Purge(),
    };

    private static Command Purge()
    {
        var practice = CommonOptions.Practice();
        var data = CommonOptions.Data();
        var command = new Command("purge", "Delete messages and audit events past their "
            + "retention period; the audit chain keeps verifying from a signed checkpoint.")
        {
            practice, data,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            var session = CliSession.Current;
            var context = await CliPractices.LoadAsync(session, cancellationToken);
            var outcome = await new RetentionPurger(session.Core)
                .PurgeAsync(context, session.Principal, cancellationToken);
            Console.WriteLine($"Policy: messages {outcome.MessageDays} days, audit events "
                + $"{outcome.AuditYears} years. Deleted {outcome.MessagesDeleted} message(s) and "
                + $"{outcome.AuditEventsPurged} audit event(s)"
                + (outcome.CheckpointSequence is { } at ? $"; checkpoint signed at #{at}." : "."));
            return 0;
        });
        return command;
    }
}
