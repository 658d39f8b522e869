using System.Diagnostics;
using System.Globalization;
using Ward.Assistant;
using Ward.Assistant.Evaluation;
using Ward.Assistant.Knowledge;
using Ward.Assistant.Language;
using Ward.Triage;

namespace Ward.Benchmarks.Assistant;

/// <summary>
/// Decision time of the assistant without a language model, on the labelled development set
/// (every non-emergency message, 20 passes after 2 warm-up passes), and the memory the process
/// holds with the language detector loaded for every supported language.
/// </summary>
internal static class AssistantBenchmark
{
    private const int Passes = 20;

    public static int Run()
    {
        var root = RepositoryRoot();
        var before = Memory.Rss();
        var started = Stopwatch.GetTimestamp();
        _ = LanguageIdentifier.Shared;
        var loadMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        var afterDetector = Memory.Rss();

        var knowledge = KnowledgeReader.Read(File.ReadAllText(
            Path.Combine(root, "src", "Ward", "Demo", "demo-knowledge.yaml")));
        var engine = new AssistantEngine(knowledge);
        var triage = new TriageEngine();
        var requests = Requests(root, triage);

        for (var i = 0; i < 2; i++)
        {
            requests.ForEach(r => engine.Decide(r));
        }

        var decide = new List<double>(requests.Count * Passes);
        var withTriage = new List<double>(requests.Count * Passes);
        for (var pass = 0; pass < Passes; pass++)
        {
            foreach (var request in requests)
            {
                var t0 = Stopwatch.GetTimestamp();
                triage.Decide(request.Text, PatientRegion.US);
                var t1 = Stopwatch.GetTimestamp();
                engine.Decide(request);
                var t2 = Stopwatch.GetTimestamp();
                decide.Add(Stopwatch.GetElapsedTime(t1, t2).TotalMilliseconds);
                withTriage.Add(Stopwatch.GetElapsedTime(t0, t2).TotalMilliseconds);
            }
        }

        Print(requests.Count, decide, withTriage, loadMs, before, afterDetector);
        return 0;
    }

    private static void Print(int messages, List<double> decide, List<double> withTriage,
        double loadMs, double before, double afterDetector)
    {
        GC.Collect();
        var (rss, peak) = Memory.RssAndPeak();
        Console.WriteLine($"assistant benchmark: {Machine.Describe()}");
        Console.WriteLine($"{messages} non-emergency messages of the dev set x {Passes} passes");
        Console.WriteLine(Line("decision p50 / p99 / max", decide, "target p99 < 20 ms"));
        Console.WriteLine(Line("triage + decision p50 / p99 / max", withTriage, ""));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"language detector: {SupportedLanguages.Codes.Count} languages (29 with Lingua models, "
            + $"low-accuracy mode, preloaded) built in {loadMs:N0} ms"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"process RSS: {before:N0} MB before the detector, {afterDetector:N0} MB after it, "
            + $"{rss:N0} MB at the end (peak {peak:N0} MB); managed heap "
            + $"{GC.GetTotalMemory(false) / 1048576.0:N0} MB. Target: server under 400 MB."));
    }

    private static string Line(string name, List<double> times, string target)
    {
        times.Sort();
        return string.Create(CultureInfo.InvariantCulture,
            $"{name}: {Percentile(times, 0.50):N3} / {Percentile(times, 0.99):N3} / "
            + $"{times[^1]:N3} ms  {target}");
    }

    private static double Percentile(List<double> sorted, double p) =>
        sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];

    private static List<AssistantRequest> Requests(string root, TriageEngine triage)
    {
        var path = Path.Combine(root, "tests", "Ward.Assistant.Tests", "DevSet", "assistant-dev.jsonl");
        var today = new DateOnly(2026, 12, 4);
        return [.. File.ReadLines(path).Where(l => l.Length > 0).Select(AssistantEvaluation.Parse)
            .Select(l => new AssistantRequest(l.Text, triage.Decide(l.Text, PatientRegion.US),
                l.Thread, "en", today))
            .Where(r => r.Triage.Category != TriageCategory.Emergency)];
    }

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Ward.slnx")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException(
            "Run the benchmark from inside the repository (Ward.slnx not found).");
    }
}
