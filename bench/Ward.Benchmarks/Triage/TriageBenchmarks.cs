using BenchmarkDotNet.Attributes;
using Ward.Triage;

namespace Ward.Benchmarks.Triage;

/// <summary>
/// Mean time of one <see cref="TriageEngine.Decide"/> call. Public and unsealed because
/// BenchmarkDotNet derives from and reflects over benchmark classes.
/// </summary>
public class TriageBenchmarks
{
    private readonly TriageEngine _engine = new();

    public static IEnumerable<TriageInput> LargeInputs() => TriageTexts.Large();

    /// <summary>Every typical message once; the report divides by their count.</summary>
    [Benchmark(OperationsPerInvoke = TriageTexts.TypicalCount)]
    public int Typical()
    {
        var emergencies = 0;
        foreach (var text in TriageTexts.Typical)
        {
            var decision = _engine.Decide(text, PatientRegion.US);
            emergencies += decision.Category == TriageCategory.Emergency ? 1 : 0;
        }

        return emergencies;
    }

    [Benchmark]
    [ArgumentsSource(nameof(LargeInputs))]
    public TriageDecision Large(TriageInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return _engine.Decide(input.Text, PatientRegion.US);
    }
}
