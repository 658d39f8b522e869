using Xunit.Abstractions;

namespace Ward.Triage.Tests.DevSet;

/// <summary>Measures the engine on the labelled development set and holds it to the targets.</summary>
public sealed class DevSetTests(ITestOutputHelper output)
{
    private static readonly TriageEngine Engine = new();

    [DevSetFact]
    public void DevSet_CoveredLanguages_MeetTargets()
    {
        var covered = Engine.Languages.ToHashSet();
        var all = new DevSetScore();
        var inCovered = new DevSetScore();

        foreach (var line in DevSetFile.Read())
        {
            var decision = Engine.Decide(line.Text, DevSetFile.ParseRegion(line.Region));
            var right = all.Add(line, decision);
            if (covered.Contains(line.Lang))
            {
                inCovered.Add(line, decision);
            }

            if (!right)
            {
                output.WriteLine($"MISS {line.Id} {line.Lang} expect {line.Expect} "
                    + $"[{string.Join(",", line.Numbers)}] got {decision.Category} "
                    + $"[{string.Join(",", decision.Numbers)}] {Kinds(decision)} | {line.Text}");
            }
        }

        output.WriteLine($"ALL {all}");
        output.WriteLine($"COVERED ({string.Join(",", covered)}) {inCovered}");
        Assert.Equal(1.0, inCovered.Recall);
        Assert.True(inCovered.FalseRate <= 0.03, $"false emergency rate {inCovered.FalseRate:P1}");
        Assert.Equal(1.0, inCovered.NumbersRate);
        Assert.True(inCovered.ClinicalRecall >= 0.95, $"clinical recall {inCovered.ClinicalRecall:P1}");
    }

    private static string Kinds(TriageDecision decision) =>
        string.Join(",", decision.Kinds.Select(k => k.ToWireName()));
}
