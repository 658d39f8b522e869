using System.CommandLine;
using Ward.Storage.Outbox;

namespace Ward.Cli;

/// <summary><c>ward outbox dead --practice ID</c>: the sends that failed for good.</summary>
internal static class OutboxCommands
{
    public static Command Create() => new("outbox", "Inspect the outbox.") { Dead() };

    private static Command Dead()
    {
        var practice = CommonOptions.Practice();
        var limit = new Option<int>("--limit") { DefaultValueFactory = _ => 50 };
        var data = CommonOptions.Data();
        var command = new Command("dead",
            "List sends parked in the dead-letter list, newest first (no message content).")
        {
            practice, limit, data,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            var core = CliSession.Current.Core;
            var store = new OutboxStore(core.Database, core.Audit, core.Time);
            var rows = await store.DeadLettersAsync(
                result.GetValue(practice)!, result.GetValue(limit), cancellationToken);
            Console.WriteLine($"{rows.Count} dead letter(s)");
            foreach (var row in rows)
            {
                var at = DateTimeOffset.FromUnixTimeMilliseconds(row.CreatedAtMs);
                Console.WriteLine($"#{row.Id}  {row.Kind}  attempts {row.Attempts}  "
                    + $"error {row.LastError}  queued {at:u}");
            }

            return 0;
        });
        return command;
    }
}
