using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Ward.Triage;

namespace Ward.Benchmarks.Triage;

/// <summary>The <c>triage</c> command: one engine's memory, then BenchmarkDotNet.</summary>
internal static class TriageRun
{
    private const double TypicalTargetPerSecond = 20_000;
    private const double LargeTargetMs = 5;
    private const double MemoryTargetMb = 50;

    public static int Run()
    {
        if (TriageTexts.Typical.Length != TriageTexts.TypicalCount)
        {
            throw new InvalidOperationException("TypicalCount does not match the typical texts.");
        }

        var memoryMb = EngineMemoryMb();
        var summary = BenchmarkRunner.Run<TriageBenchmarks>(Config());
        PrintSummary(summary, memoryMb);
        return summary.HasCriticalValidationErrors || summary.Reports.IsEmpty ? 1 : 0;
    }

    private static ManualConfig Config()
    {
        // In process: no separate project is generated and compiled for each run.
        var job = Job.Default
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithLaunchCount(1)
            .WithWarmupCount(3)
            .WithIterationCount(5)
            .WithId("Short");
        var artifacts = Path.Combine(AppContext.BaseDirectory, "BenchmarkDotNet.Artifacts");
        return DefaultConfig.Instance.AddJob(job).WithArtifactsPath(artifacts)
            .WithOptions(ConfigOptions.JoinSummary);
    }

    private static double EngineMemoryMb()
    {
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var engine = new TriageEngine();
        var after = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(engine);
        return (after - before) / 1024.0 / 1024.0;
    }

    private static void PrintSummary(Summary summary, double memoryMb)
    {
        Console.WriteLine();
        Console.WriteLine("Triage summary");
        Console.WriteLine($"  {"case",-34} {"mean",12} {"per second",12}  target");
        foreach (var report in summary.Reports)
        {
            var meanNs = report.ResultStatistics?.Mean ?? double.NaN;
            var name = report.BenchmarkCase.Descriptor.WorkloadMethod.Name;
            var parameters = report.BenchmarkCase.Parameters.Items;
            var input = parameters is [var first, ..] ? first.Value : null;
            var typical = name == nameof(TriageBenchmarks.Typical);
            var target = typical
                ? Verdict(1e9 / meanNs >= TypicalTargetPerSecond, ">= 20,000/s")
                : Verdict(meanNs / 1e6 < LargeTargetMs, "< 5 ms");
            var label = typical
                ? $"typical message (mean of {TriageTexts.TypicalCount})"
                : input?.ToString() ?? name;
            Console.WriteLine(
                $"  {label,-34} {Format(meanNs),12} {1e9 / meanNs,12:N0}  {target}");
        }

        var memoryTarget = Verdict(memoryMb < MemoryTargetMb, "< 50 MB");
        Console.WriteLine($"  {"engine managed memory",-34} {memoryMb,9:N1} MB {"",12}  "
            + memoryTarget);
        Console.WriteLine($"  machine: {Machine.Describe()}");
    }

    private static string Format(double ns) => ns switch
    {
        double.NaN => "n/a",
        < 1e3 => $"{ns:N0} ns",
        < 1e6 => $"{ns / 1e3:N2} us",
        _ => $"{ns / 1e6:N2} ms",
    };

    private static string Verdict(bool met, string target) =>
        (met ? "met " : "MISSED ") + target;
}
