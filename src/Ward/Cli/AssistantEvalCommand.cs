using System.CommandLine;
using System.Text.Json;
using Ward.Assistant;
using Ward.Assistant.Evaluation;
using Ward.Triage;

namespace Ward.Cli;

/// <summary><c>ward eval assistant FILE.jsonl</c>: intent accuracy, cited entries, clinical
/// escalation, grounded answers and language detection per language, on a labelled set and a
/// knowledge base (the demo practice's unless <c>--knowledge</c> names another).</summary>
internal static class AssistantEvalCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("FILE") { Description = "Labelled messages, one JSON per line." };
        var knowledge = new Option<FileInfo?>("--knowledge")
        {
            Description = "The knowledge base the labels refer to (default: the demo practice's).",
        };
        var command = new Command("assistant",
            "Intent accuracy, grounded-answer rate, clinical escalation rate, per language.")
        {
            file, knowledge,
        };
        command.SetAction((result, cancellationToken) => RunAsync(result.GetValue(file)!,
            result.GetValue(knowledge), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(
        FileInfo file, FileInfo? knowledgeFile, CancellationToken cancellationToken)
    {
        var kbPath = knowledgeFile?.FullName
            ?? Path.Combine(AppContext.BaseDirectory, "Demo", "demo-knowledge.yaml");
        if (!file.Exists || !File.Exists(kbPath))
        {
            throw new CliException($"No such file: {(file.Exists ? kbPath : file.FullName)}");
        }

        var knowledge = KnowledgeCommands.Read(await File.ReadAllTextAsync(kbPath, cancellationToken));
        var engine = new AssistantEngine(knowledge);
        var triage = new TriageEngine();
        var evaluation = new AssistantEvaluation(knowledge);
        var today = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);
        var number = 0;
        foreach (var line in await File.ReadAllLinesAsync(file.FullName, cancellationToken))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var label = Parse(line) ?? throw new CliException($"Line {number} is not a labelled message.");
            var decision = triage.Decide(label.Text, PatientRegion.US);
            if (decision.Category == TriageCategory.Emergency)
            {
                await Console.Error.WriteLineAsync($"Line {number} ({label.Id}) is an emergency for "
                    + "the triage; the assistant never sees it. Skipped.");
                continue;
            }

            evaluation.Add(label, engine.Decide(new AssistantRequest(label.Text, decision,
                label.Thread, "en", today)));
        }

        Console.Write(evaluation.Report());
        return 0;
    }

    private static LabelledQuestion? Parse(string line)
    {
        try
        {
            var label = AssistantEvaluation.Parse(line);
            return label.Text.Length > 0 ? label : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
