using System.CommandLine;
using System.Globalization;
using Ward.PatientRights;

namespace Ward.Cli;

/// <summary><c>ward patient set-dob</c>: the date of birth the portal's identity check asks
/// for. The value is never printed back.</summary>
internal static class PatientDobCommand
{
    public static Command Create()
    {
        var who = new PatientOptions();
        var practice = CommonOptions.Practice();
        var data = CommonOptions.Data();
        var dob = new Option<string>("--dob")
        {
            Required = true, Description = "The date of birth, as YYYY-MM-DD.",
        };
        var command = new Command("set-dob", "Put a patient's date of birth on file (the portal "
            + "asks for it with the texted code); a number not yet known becomes a patient.")
        {
            practice, data, who.Patient, who.Phone, dob,
        };
        command.SetAction((result, cancellationToken) =>
            SetAsync(who.Read(result), result.GetValue(dob), cancellationToken));
        return command;
    }

    public static DateOnly Parse(string? text, DateOnly today)
    {
        var valid = DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture,
            DateTimeStyles.None, out var birth);
        if (!valid || birth.Year < 1900 || birth > today)
        {
            throw new CliException("--dob must be a date as YYYY-MM-DD, from 1900 to today.");
        }

        return birth;
    }

    private static async Task<int> SetAsync((string? Id, string? Phone) who, string? text,
        CancellationToken cancellationToken)
    {
        var session = CliSession.Current;
        var birth = Parse(text, DateOnly.FromDateTime(session.Core.Time.GetUtcNow().UtcDateTime));
        var context = await CliPractices.LoadAsync(session, cancellationToken);
        await using var db = session.Core.Database.CreateContext();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var (patientId, created) = await new PatientFile(db, context, session.Core.PracticeKeys,
            session.Core.Time).SetDateOfBirthAsync(who.Id, who.Phone, birth, session.Principal,
            session.Core.Audit, "cli", cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        Console.WriteLine(created
            ? $"Added patient {patientId} with a date of birth on file."
            : $"Updated the date of birth on file for patient {patientId}.");
        return 0;
    }
}
