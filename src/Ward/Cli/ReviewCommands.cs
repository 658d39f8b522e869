using System.CommandLine;
using Ward.Registers;

namespace Ward.Cli;

/// <summary><c>ward review add | list</c>: compliance reviews on record.</summary>
internal static class ReviewCommands
{
    public static Command Create() => new("review", "Compliance reviews on record.")
    {
        Add(), List(),
    };

    private static Command Add()
    {
        var practice = CommonOptions.Practice();
        var data = CommonOptions.Data();
        var kind = new Option<string>("--kind")
        {
            Required = true, Description = "One of " + string.Join(", ", ReviewRegister.Kinds) + ".",
        };
        kind.AcceptOnlyFromAmong([.. ReviewRegister.Kinds]);
        var completed = CommonOptions.Date("--completed", "The day the review was completed");
        completed.Required = true;
        var notes = new Option<string>("--notes")
        {
            Required = true, Description = "Findings and decisions (stored encrypted).",
        };
        var command = new Command("add", "Record a completed review.")
        {
            practice, data, kind, completed, notes,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            var session = CliSession.Current;
            var register = new ReviewRegister(session.Core, session.Principal, session.Practice);
            var id = await register.AddAsync(result.GetValue(kind)!,
                result.GetValue(completed)!.Value, result.GetValue(notes)!, cancellationToken);
            Console.WriteLine($"Recorded review {id}.");
            return 0;
        });
        return command;
    }

    private static Command List()
    {
        var practice = CommonOptions.Practice();
        var data = CommonOptions.Data();
        var command = new Command("list", "List reviews on record (notes are not printed).")
        {
            practice, data,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            var session = CliSession.Current;
            var rows = await new ReviewRegister(session.Core, session.Principal, session.Practice)
                .ListAsync(cancellationToken);
            Console.WriteLine($"{rows.Count} review(s)");
            foreach (var row in rows)
            {
                Console.WriteLine($"{row.CompletedOn}  {row.Kind,-18} by {row.ReviewedBy}  {row.Id}");
            }

            return 0;
        });
        return command;
    }
}
