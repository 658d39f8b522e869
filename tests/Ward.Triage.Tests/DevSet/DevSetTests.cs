using Xunit.Abstractions;

namespace Ward.Triage.Tests.DevSet;

/// <summary>Measures the engine on the labelled development set against the targets.</summary>
public sealed class DevSetTests
{
    private static readonly TriageEngine Engine = new();
    private readonly ITestOutputHelper _output;

    public DevSetTests(ITestOutputHelper output)
    {
        _output = output;
    }

    [DevSetFact]
    public void DevSet_CoveredLanguages_MeetTargets()
    {
        var covered = Engine.Languages.ToHashSet();
        var all = new DevSetScore();
        var inCovered = new DevSetScore();
        var byLanguage = new SortedDictionary<string, DevSetScore>(StringComparer.Ordinal);

        foreach (var line in DevSetFile.Read())
        {
            var decision = Engine.Decide(line.Text, DevSetFile.ParseRegion(line.Region));
            Record(line, decision, all, byLanguage);
            if (covered.Contains(line.Lang))
            {
                inCovered.Add(line, decision);
            }
        }

        Report(all, inCovered, byLanguage);
        Assert.Equal(1.0, inCovered.Recall);
        Assert.True(inCovered.FalseRate <= 0.03, $"false emergency rate {inCovered.FalseRate:P1}");
        Assert.Equal(1.0, inCovered.NumbersRate);
        var clinical = inCovered.ClinicalRecall;
        Assert.True(clinical >= 0.95, $"clinical recall {clinical:P1}");
    }

    private static string Kinds(TriageDecision decision) =>
        string.Join(",", decision.Kinds.Select(k => k.ToWireName()));

    private void Record(
        DevSetLine line,
        TriageDecision decision,
        DevSetScore all,
        SortedDictionary<string, DevSetScore> byLanguage)
    {
        if (!byLanguage.TryGetValue(line.Lang, out var score))
        {
            score = new DevSetScore();
            byLanguage[line.Lang] = score;
        }

        score.Add(line, decision);
        if (!all.Add(line, decision))
        {
            _output.WriteLine($"MISS {line.Id} {line.Lang} expect {line.Expect} "
                + $"[{string.Join(",", line.Numbers)}] got {decision.Category} "
                + $"[{string.Join(",", decision.Numbers)}] {Kinds(decision)} | {line.Text}");
        }
    }

    private void Report(
        DevSetScore all, DevSetScore covered, SortedDictionary<string, DevSetScore> byLanguage)
    {
        _output.WriteLine($"ALL {all}");
        _output.WriteLine($"COVERED {covered}");
        foreach (var (language, score) in byLanguage)
        {
            _output.WriteLine($"LANGUAGE {language}: {score}");
        }
    }
}
