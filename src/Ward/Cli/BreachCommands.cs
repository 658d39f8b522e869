using System.CommandLine;
using Ward.Registers;

namespace Ward.Cli;

/// <summary><c>ward breach add | notify | list</c>: the breach register with its
/// clocks.</summary>
internal static class BreachCommands
{
    public static Command Create() => new("breach",
        "The breach register: incidents, \"no breach\" reviews, deadlines.")
    {
        Add(), Notify(), List(),
    };

    private static Command Add()
    {
        var o = new BreachAddOptions();
        var command = new Command("add", "Record an incident (or a reviewed \"no breach\") and "
            + "start its clocks from the time of discovery.")
        {
            o.Practice, o.Data, o.Summary, o.Discovered, o.Determination, o.Affected, o.Area,
            o.Vendor,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            var input = o.Read(result);
            var register = Register(CliSession.Current);
            var id = await register.AddAsync(input, cancellationToken);
            Console.WriteLine($"Recorded incident {id}.");
            BreachPrinter.Print(await register.ListAsync(cancellationToken), id);
            return 0;
        });
        return command;
    }

    private static Command Notify()
    {
        var practice = CommonOptions.Practice();
        var data = CommonOptions.Data();
        var id = new Option<string>("--id") { Required = true, Description = "The incident id." };
        var to = new Option<string>("--to")
        {
            Required = true, Description = "Who was notified: "
                + string.Join(", ", BreachRecords.Recipients.Keys) + ".",
        };
        to.AcceptOnlyFromAmong([.. BreachRecords.Recipients.Keys]);
        var at = BreachAddOptions.Time("--at", "When they were notified; default now.");
        var command = new Command("notify", "Record that a notification was made.")
        {
            practice, data, id, to, at,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            var session = CliSession.Current;
            var register = Register(session);
            var when = result.GetValue(at) ?? session.Core.Time.GetUtcNow();
            await register.NotifyAsync(result.GetValue(id)!,
                BreachRecords.Recipients[result.GetValue(to)!], when, cancellationToken);
            BreachPrinter.Print(await register.ListAsync(cancellationToken), result.GetValue(id));
            return 0;
        });
        return command;
    }

    private static Command List()
    {
        var practice = CommonOptions.Practice();
        var data = CommonOptions.Data();
        var command = new Command("list",
            "List incidents with every deadline, the time left, and what is overdue.")
        {
            practice, data,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            var views = await Register(CliSession.Current).ListAsync(cancellationToken);
            BreachPrinter.Print(views, only: null);
            return views.Any(v => v.IsOverdue) ? 1 : 0;
        });
        return command;
    }

    private static BreachRegister Register(CliSession session) =>
        new(session.Core, session.Principal, session.Practice);
}
