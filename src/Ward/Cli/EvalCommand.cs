using System.CommandLine;
using System.Text.Json;
using Ward.Triage;

namespace Ward.Cli;

/// <summary><c>ward eval triage FILE.jsonl</c>: scores the triage against a labelled set.</summary>
internal static class EvalCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("FILE") { Description = "Labelled messages, one JSON per line." };
        var triage = new Command("triage",
            "Recall and precision per kind and language, confusion matrix, numbers, misses.") { file };
        triage.SetAction(async (result, cancellationToken) =>
        {
            var path = result.GetValue(file)!;
            if (!path.Exists)
            {
                await Console.Error.WriteLineAsync($"No such file: {path.FullName}");
                return 2;
            }

            var engine = new TriageEngine();
            var evaluation = new TriageEvaluation();
            var number = 0;
            foreach (var line in await File.ReadAllLinesAsync(path.FullName, cancellationToken))
            {
                number++;
                if (string.IsNullOrWhiteSpace(line))
                {
                    continue;
                }

                if (!TryParse(line, out var label))
                {
                    await Console.Error.WriteLineAsync($"Line {number} is not a labelled message.");
                    return 2;
                }

                evaluation.Add(label, engine.Decide(label.Text, TriageCommand.RegionOf(label.Region)));
            }

            Console.Write(evaluation.Report());
            return 0;
        });
        return new Command("eval", "Evaluate Ward against labelled data.")
        {
            triage, AssistantEvalCommand.Create(),
        };
    }

    internal static bool TryParse(string line, out LabelledMessage label)
    {
        try
        {
            label = TriageEvaluation.Parse(line);
            return label.Text.Length > 0 || label.Id.Length > 0;
        }
        catch (JsonException)
        {
            label = new LabelledMessage();
            return false;
        }
    }
}
