using Xunit.Abstractions;

namespace Ward.Triage.Tests.DevSet;

/// <summary>Measures the engine on the labelled development set against the targets.</summary>
public sealed class DevSetTests(ITestOutputHelper output)
{
    private static readonly TriageEngine Engine = new();

    [DevSetFact]
    public void DevSet_CoveredLanguages_MeetTargets()
    {
        var covered = Engine.Languages.ToHashSet();
        var all = new DevSetScore();
        var inCovered = new DevSetScore();
        var languageRight = 0;
        var lines = 0;

        foreach (var line in DevSetFile.Read())
        {
            var decision = Engine.Decide(line.Text, DevSetFile.ParseRegion(line.Region));
            var right = all.Add(line, decision);
            lines++;
            languageRight += decision.Language == line.Lang ? 1 : 0;
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

        output.WriteLine($"ALL {all}; language {languageRight}/{lines}");
        output.WriteLine($"COVERED ({string.Join(",", covered)}) {inCovered}");
        Assert.Equal(1.0, inCovered.Recall);
        Assert.True(inCovered.FalseRate <= 0.03, $"false emergency rate {inCovered.FalseRate:P1}");
        Assert.Equal(1.0, inCovered.NumbersRate);
        var clinical = inCovered.ClinicalRecall;
        Assert.True(clinical >= 0.95, $"clinical recall {clinical:P1}");
    }

    private static string Kinds(TriageDecision decision) =>
        string.Join(",", decision.Kinds.Select(k => k.ToWireName()));
}
