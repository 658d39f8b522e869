using System.CommandLine;
using System.Text.Json;
using Ward.Practices;

namespace Ward.Cli;

/// <summary><c>ward practice import FILE</c> and <c>ward practice export --practice
/// ID</c>.</summary>
internal static class PracticeCommands
{
    public static Command Create() =>
        new("practice", "Import or export a practice file.") { Import(), Export() };

    private static Command Import()
    {
        var file = new Argument<FileInfo>("FILE") { Description = "The practice file (JSON)." };
        var data = CommonOptions.Data();
        var command = new Command("import", "Import (or update) a practice from its file.")
        {
            file, data,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            var path = result.GetValue(file)!;
            if (!path.Exists)
            {
                var what = Directory.Exists(path.FullName) ? "is a folder, not a file" : "does not exist";
                await Console.Error.WriteLineAsync($"{path.FullName} {what}.");
                return 2;
            }

            var session = CliSession.Current;
            var core = session.Core;
            var importer = new PracticeImporter(core.Database, core.PracticeKeys, core.Audit, core.Time);
            var text = await File.ReadAllTextAsync(path.FullName, cancellationToken);
            var errors = await importer.ImportAsync(text, session.Principal, cancellationToken);
            return await ReportAsync(errors, path.Name);
        });
        return command;
    }

    private static Command Export()
    {
        var id = CommonOptions.Practice();
        var data = CommonOptions.Data();
        var secrets = new Option<bool>("--include-secrets")
        {
            Description = "Write tokens and secrets in clear text (default: replaced by \"***\").",
        };
        var command = new Command("export", "Print a practice file to standard output.")
        {
            id, data, secrets,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            var session = CliSession.Current;
            var practice = await CliPractices.LoadAsync(session, cancellationToken);
            await CliAudit.RecordAsync(session, "practice.exported", "Practice", practice.Id,
                result.GetValue(secrets) ? "settings,secrets" : "settings", cancellationToken);

            var file = result.GetValue(secrets) ? practice.Settings
                : PracticeSecrets.Redact(practice.Settings);
            Console.WriteLine(JsonSerializer.Serialize(file, PracticeFileReader.Json));
            return 0;
        });
        return command;
    }

    private static async Task<int> ReportAsync(IReadOnlyList<string> errors, string name)
    {
        if (errors.Count == 0)
        {
            Console.WriteLine($"Imported {name}. Its secrets are stored encrypted; the file can "
                + "be deleted.");
            return 0;
        }

        await Console.Error.WriteLineAsync($"{name} was not imported; nothing was changed:");
        foreach (var error in errors)
        {
            await Console.Error.WriteLineAsync("  " + error);
        }

        return 2;
    }
}
