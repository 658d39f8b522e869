using System.CommandLine;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace Ward.Cli;

/// <summary><c>ward consent list</c>: the consent ledger as proof, per practice or per
/// patient.</summary>
internal static class ConsentCommands
{
    public static Command Create() => new("consent", "The consent ledger.") { List() };

    private static Command List()
    {
        var practice = CommonOptions.Practice();
        var data = CommonOptions.Data();
        var patient = new Option<string?>("--patient") { Description = "Only this patient id." };
        var command = new Command("list", "Print the ledger as JSON lines: purpose, choice, the "
            + "exact text shown, language, channel, time and the message that carried it.")
        {
            practice, data, patient,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            var session = CliSession.Current;
            var only = result.GetValue(patient);
            await using var db = session.Core.Database.CreateContext();
            var rows = await db.Consents.AsNoTracking()
                .Where(c => c.PracticeId == session.Practice && (only == null || c.PatientId == only))
                .OrderBy(c => c.Id).ToListAsync(cancellationToken);
            foreach (var row in rows)
            {
                Console.WriteLine(JsonSerializer.Serialize(new
                {
                    patient = row.PatientId, purpose = row.Purpose, choice = row.Choice,
                    textShown = row.TextShown, language = row.Language, channel = row.Channel,
                    messageId = row.MessageId, recordedBy = row.RecordedBy,
                    at = DateTimeOffset.FromUnixTimeMilliseconds(row.RecordedAtMs),
                }));
            }

            await CliAudit.RecordAsync(session, "consent.read", "Consent", only ?? session.Practice,
                "ledger", cancellationToken, "compliance");
            return 0;
        });
        return command;
    }
}
