using System.CommandLine;
using System.Text.Json;
using Ward.Ingest;
using Ward.Triage;

namespace Ward.Cli;

/// <summary>
/// <c>ward triage "text" [--country US]</c>: prints the decision as JSON. It is the on-call
/// path's "verify with a test message" tool, and touches no data.
/// </summary>
internal static class TriageCommand
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static Command Create()
    {
        var text = new Argument<string?>("TEXT")
        {
            Description = "The message to triage.", Arity = ArgumentArity.ZeroOrOne,
        };
        var batch = new Option<FileInfo?>("--batch")
        {
            Description = "Triage each line of a JSONL file (id, text, region: US, EU or "
                + "unknown) and print one JSON line per message: id, category, kinds, numbers.",
        };
        var country = new Option<string?>("--country")
        {
            Description = "Where the patient is: US, EU or a two-letter country code. "
                + "Default: unknown (both 911 and 112 are shown).",
        };
        var command = new Command("triage", "Triage one message and print the decision as JSON.")
        {
            text, country, batch,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            if (result.GetValue(batch) is { } file)
            {
                return await BatchAsync(file, cancellationToken);
            }

            if (result.GetValue(text) is not { } message)
            {
                await Console.Error.WriteLineAsync("Give the TEXT to triage, or --batch FILE.");
                return 2;
            }

            var decision = new TriageEngine().Decide(message, RegionOf(result.GetValue(country)));
            Console.WriteLine(JsonSerializer.Serialize(Describe(decision, message), Json));
            return 0;
        });
        return command;
    }

    private static async Task<int> BatchAsync(FileInfo file, CancellationToken cancellationToken)
    {
        if (!file.Exists)
        {
            await Console.Error.WriteLineAsync($"No such file: {file.FullName}");
            return 2;
        }

        var engine = new TriageEngine();
        var number = 0;
        foreach (var line in await File.ReadAllLinesAsync(file.FullName, cancellationToken))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            if (!EvalCommand.TryParse(line, out var label))
            {
                await Console.Error.WriteLineAsync($"Line {number} is not a message with id and text.");
                return 2;
            }

            var d = engine.Decide(label.Text, RegionOf(label.Region));
            Console.WriteLine(JsonSerializer.Serialize(new
            {
                id = label.Id, category = d.Category.ToString().ToLowerInvariant(),
                kinds = d.Kinds.Select(k => k.ToWireName()), numbers = d.Numbers,
            }, Json));
        }

        return 0;
    }

    internal static PatientRegion RegionOf(string? country) => country?.ToUpperInvariant() switch
    {
        null or "" or "UNKNOWN" => PatientRegion.Unknown,
        "EU" => PatientRegion.EU,
        var code => Regions.Of(code),
    };

    internal static object Describe(TriageDecision decision, string text) => new
    {
        category = decision.Category.ToString().ToLowerInvariant(),
        kinds = decision.Kinds.Select(k => k.ToWireName()),
        numbers = decision.Numbers,
        language = decision.Language,
        region = decision.Region.ToString(),
        askLocation = decision.AskLocation,
        evidence = decision.Evidence.Select(e => new
        {
            kind = e.Kind.ToWireName(),
            start = e.Start,
            length = e.Length,
            text = text.Substring(e.Start, Math.Min(e.Length, text.Length - e.Start)),
        }),
    };
}
