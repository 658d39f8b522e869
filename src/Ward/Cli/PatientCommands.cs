using System.CommandLine;
using System.Text.Json;
using Ward.PatientRights;

namespace Ward.Cli;

/// <summary><c>ward patient export | erase | set-dob</c>: the rights of access and erasure,
/// and the date of birth on file.</summary>
internal static class PatientCommands
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static Command Create() => new("patient",
        "A patient's rights (access, erasure) and what is on file for them.")
    {
        Export(), Erase(), PatientDobCommand.Create(),
    };

    private static Command Export()
    {
        var who = new PatientOptions();
        var practice = CommonOptions.Practice();
        var data = CommonOptions.Data();
        var format = new Option<string>("--format") { DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json", "html");
        var output = new Option<FileInfo>("--out")
        {
            Required = true, Description = "The file to write (it must not exist).",
        };
        var command = new Command("export", "Write everything Ward holds on a patient, with "
            + "who opened it and when, as JSON or HTML.")
        {
            practice, data, who.Patient, who.Phone, format, output,
        };
        command.SetAction((result, cancellationToken) => ExportAsync(who.Read(result),
            result.GetValue(format) == "html", result.GetValue(output)!, cancellationToken));
        return command;
    }

    private static Command Erase()
    {
        var who = new PatientOptions();
        var practice = CommonOptions.Practice();
        var data = CommonOptions.Data();
        var confirm = new Option<bool>("--confirm")
        {
            Description = "Required: erasure cannot be undone.",
        };
        var command = new Command("erase", "Erase a patient by destroying their data key, once "
            + "retention allows; ids and the audit trail remain.")
        {
            practice, data, who.Patient, who.Phone, confirm,
        };
        command.SetAction((result, cancellationToken) =>
        {
            var patient = who.Read(result);
            return result.GetValue(confirm) ? EraseAsync(patient, cancellationToken)
                : throw new CliException("Erasure cannot be undone; add --confirm to go ahead.");
        });
        return command;
    }

    private static async Task<int> ExportAsync((string? Id, string? Phone) who, bool html,
        FileInfo file, CancellationToken cancellationToken)
    {
        if (file.Exists || Directory.Exists(file.FullName))
        {
            throw new CliException($"{file.FullName} exists; name a new file.");
        }

        if (file.Directory is not { Exists: true })
        {
            throw new CliException($"The folder {file.DirectoryName} does not exist.");
        }

        var session = CliSession.Current;
        var context = await CliPractices.LoadAsync(session, cancellationToken);
        await using var db = session.Core.Database.CreateContext();
        var patient = await new PatientVault(db, context).FindAsync(who.Id, who.Phone,
            cancellationToken);
        var record = await new PatientRecordBuilder(db, context, session.Core.Time)
            .BuildAsync(patient, cancellationToken);
        var text = html ? PatientRecordHtml.Render(record) : JsonSerializer.Serialize(record, Json);
        await OwnerOnlyFile.WriteAsync(file.FullName, text, cancellationToken);
        await CliAudit.RecordAsync(session, "patient.exported", "Patient", patient.Id,
            "phone,name,messages,consents,access_log", cancellationToken,
            session.BreakGlass ? "break-glass" : "data-subject-request");
        Console.WriteLine($"Wrote the record of patient {patient.Id} to {file.FullName}.");
        return 0;
    }

    private static async Task<int> EraseAsync(
        (string? Id, string? Phone) who, CancellationToken cancellationToken)
    {
        var session = CliSession.Current;
        var context = await CliPractices.LoadAsync(session, cancellationToken);
        await using var db = session.Core.Database.CreateContext();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var patient = await new PatientVault(db, context).FindAsync(who.Id, who.Phone,
            cancellationToken);
        var decision = await new PatientEraser(db, context, session.Core.Time)
            .EraseAsync(patient, session.Principal, session.Core.Audit, cancellationToken);
        if (!decision.Allowed)
        {
            var when = decision.EarliestAt is { } at ? $" Possible from {at:u}." : "";
            throw new CliException($"Patient {patient.Id} was not erased: {decision.Reason}{when}");
        }

        await transaction.CommitAsync(cancellationToken);
        await PatientEraser.FlushAsync(db, cancellationToken);
        Console.WriteLine($"Erased patient {patient.Id}: their key is destroyed and their "
            + "messages can no longer be read.");
        return 0;
    }
}
