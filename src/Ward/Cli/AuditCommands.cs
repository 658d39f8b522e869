using System.CommandLine;
using Ward.Storage.Audit;

namespace Ward.Cli;

/// <summary><c>ward audit verify</c>: walks every audit chain and names the first broken
/// event.</summary>
internal static class AuditCommands
{
    public static Command Create() => new("audit", "Check the audit log.") { Verify() };

    private static Command Verify()
    {
        var data = CommonOptions.Data();
        var command = new Command("verify",
            "Verify the hash chains; exit 0 when intact, 1 naming the first broken event.") { data };
        command.SetAction(async (result, cancellationToken) =>
        {
            var core = await CliCore.OpenAsync(result.GetValue(data), cancellationToken);
            var verification = await new AuditVerifier(core.Database).VerifyAsync(cancellationToken);
            if (verification.FirstBreak is { } broken)
            {
                await Console.Error.WriteLineAsync(
                    $"Audit log BROKEN at practice \"{broken.PracticeId}\", event " +
                    $"#{broken.Sequence}: {broken.Reason}. ({verification.EventsChecked} events read)");
                return 1;
            }

            Console.WriteLine($"Audit log intact: {verification.EventsChecked} events verified.");
            return 0;
        });
        return command;
    }
}
