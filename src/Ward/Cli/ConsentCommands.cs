using System.CommandLine;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Ward.Compliance.Consent;
using Ward.PatientRights;
using Ward.Registers;

namespace Ward.Cli;

/// <summary><c>ward consent list | record</c>: the consent ledger as proof, per practice or per
/// patient, and answers given outside a message.</summary>
internal static class ConsentCommands
{
    private static readonly string[] Channels = ["paper", "in-person", "phone", "portal", "email"];

    public static Command Create() => new("consent", "The consent ledger.") { List(), Record() };

    private static Command Record()
    {
        var who = new PatientOptions();
        var practice = CommonOptions.Practice();
        var data = CommonOptions.Data();
        var purpose = Required("--purpose", "One of " + string.Join(", ", ConsentWords.PurposeNames) + ".");
        purpose.AcceptOnlyFromAmong([.. ConsentWords.PurposeNames]);
        var choice = Required("--choice", "granted or withdrawn.");
        choice.AcceptOnlyFromAmong("granted", "withdrawn");
        var text = Required("--text", "The exact text the patient was shown.");
        var language = Required("--language", "The language of that text (e.g. en, es, bg).");
        var channel = Required("--channel", "How it reached them: " + string.Join(", ", Channels) + ".");
        channel.AcceptOnlyFromAmong(Channels);
        var command = new Command("record", "Record a consent given or withdrawn outside a "
            + "message (a signed form, in person, by phone).")
        {
            practice, data, who.Patient, who.Phone, purpose, choice, text, language, channel,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            var (id, phone) = who.Read(result);
            var wording = new ConsentWording(result.GetValue(text)!.Trim(),
                result.GetValue(language)!.Trim(), result.GetValue(channel)!);
            if (wording.Text.Length == 0 || wording.Language.Length is < 2 or > 12)
            {
                throw new CliException("--text must not be empty and --language must be a "
                    + "language tag such as en or pt-BR.");
            }

            var session = CliSession.Current;
            var context = await CliPractices.LoadAsync(session, cancellationToken);
            await using var db = session.Core.Database.CreateContext();
            var patient = await new PatientVault(db, context).FindAsync(id, phone, cancellationToken);
            var entry = await new ConsentRecorder(session.Core, session.Principal, session.Practice)
                .RecordAsync(patient.Id, ConsentWords.PurposeOf(result.GetValue(purpose)!),
                    result.GetValue(choice) == "granted" ? ConsentChoice.Granted
                        : ConsentChoice.Withdrawn, wording, cancellationToken);
            Console.WriteLine($"Recorded consent entry {entry} for patient {patient.Id}.");
            return 0;
        });
        return command;
    }

    private static Option<string> Required(string name, string description) =>
        new(name) { Required = true, Description = description };

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
