using System.Text;
using System.Text.Json;
using Ward.Triage;

namespace Ward.Cli;

/// <summary>
/// Scores the triage against a labelled set (the format of <c>triage-dev.jsonl</c>): emergency
/// recall and precision per kind and per language, the category confusion matrix, whether the
/// numbers are right on every emergency, and every miss by id.
/// </summary>
internal sealed class TriageEvaluation
{
    private static readonly string[] Categories = ["emergency", "clinical", "routine"];
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly Dictionary<(string Expected, string Actual), int> _confusion = [];
    private readonly Dictionary<string, Tally> _byKind = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Tally> _byLanguage = new(StringComparer.Ordinal);
    private readonly List<string> _misses = [];
    private int _emergencies;
    private int _numbersRight;

    public void Add(LabelledMessage label, TriageDecision decision)
    {
        var actual = decision.Category.ToString().ToLowerInvariant();
        _confusion[(label.Expect, actual)] = _confusion.GetValueOrDefault((label.Expect, actual)) + 1;
        var language = Tally.For(_byLanguage, label.Lang);
        language.Count(label.Expect == "emergency", actual == "emergency");

        var found = decision.Kinds.Select(k => k.ToWireName()).ToHashSet(StringComparer.Ordinal);
        foreach (var kind in label.Kinds.Union(found))
        {
            Tally.For(_byKind, kind).Count(label.Kinds.Contains(kind), found.Contains(kind));
        }

        if (label.Expect == "emergency")
        {
            _emergencies++;
            var right = label.Numbers.Order().SequenceEqual(decision.Numbers.Order());
            _numbersRight += right ? 1 : 0;
            AddMiss(label, actual, right ? null : "numbers " + string.Join('+', decision.Numbers));
        }
        else
        {
            AddMiss(label, actual, null);
        }
    }

    public string Report()
    {
        var text = new StringBuilder();
        var nonEmergencies = _confusion.Where(c => c.Key.Expected != "emergency").Sum(c => c.Value);
        var falseAlarms = _confusion.Where(c => c.Key.Expected != "emergency"
            && c.Key.Actual == "emergency").Sum(c => c.Value);
        var clinical = _confusion.Where(c => c.Key.Expected == "clinical").Sum(c => c.Value);
        text.AppendLine($"emergency recall {Tally.Percent(Caught(), _emergencies)}, false "
            + $"emergencies {Tally.Percent(falseAlarms, nonEmergencies)} of non-emergencies, "
            + $"numbers right {Tally.Percent(_numbersRight, _emergencies)}, clinical recognised "
            + $"{Tally.Percent(_confusion.GetValueOrDefault(("clinical", "clinical")), clinical)}");
        AppendConfusion(text);
        AppendTallies(text, "kind", _byKind);
        AppendTallies(text, "language", _byLanguage);
        text.AppendLine($"misses ({_misses.Count}):");
        _misses.ForEach(m => text.AppendLine("  " + m));
        return text.ToString();
    }

    public static LabelledMessage Parse(string line) =>
        JsonSerializer.Deserialize<LabelledMessage>(line, Json) ?? throw new JsonException("empty");

    private int Caught() => _confusion.GetValueOrDefault(("emergency", "emergency"));

    private void AddMiss(LabelledMessage label, string actual, string? numbers)
    {
        if (label.Expect != actual || numbers is not null)
        {
            _misses.Add($"{label.Id} [{label.Lang}] expected {label.Expect}, got {actual}"
                + (numbers is null ? "" : $" ({numbers}, expected {string.Join('+', label.Numbers)})"));
        }
    }

    private void AppendConfusion(StringBuilder text)
    {
        text.AppendLine("confusion (rows expected, columns decided):");
        text.AppendLine("  " + string.Concat(Categories.Select(c => c.PadLeft(11))));
        foreach (var expected in Categories)
        {
            var cells = Categories.Select(a => _confusion.GetValueOrDefault((expected, a)));
            text.AppendLine(expected.PadRight(11) + string.Concat(cells.Select(c => $"{c,11}")));
        }
    }

    private static void AppendTallies(StringBuilder text, string title, Dictionary<string, Tally> tallies)
    {
        text.AppendLine($"per {title}: recall / precision of emergencies");
        foreach (var (name, tally) in tallies.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            text.AppendLine($"  {name,-18} {tally}");
        }
    }
}
