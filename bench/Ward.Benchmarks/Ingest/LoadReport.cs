using System.Diagnostics;

namespace Ward.Benchmarks.Ingest;

/// <summary>Collects figures with their targets and prints them as one plain-text table.</summary>
internal sealed class LoadReport
{
    private readonly List<(string Measure, string Value, string Target)> _rows = [];

    public static double Milliseconds(long from, long to) =>
        (to - from) * 1000.0 / Stopwatch.Frequency;

    /// <summary>Nearest-rank percentile of values that are already sorted.</summary>
    public static double Percentile(IReadOnlyList<double> sorted, double percent) =>
        sorted.Count == 0 ? double.NaN
            : sorted[Math.Clamp((int)Math.Ceiling(percent / 100 * sorted.Count) - 1, 0,
                sorted.Count - 1)];

    public static string Verdict(bool met, string target) => (met ? "met " : "MISSED ") + target;

    public void Add(string measure, string value, string target = "")
    {
        _rows.Add((measure, value, target));
    }

    /// <summary>Adds p50 and p99 (and the maximum, when asked) of latencies in ms.</summary>
    public void AddLatencies(
        string measure, IEnumerable<double> milliseconds, double? p99Target = null,
        bool withMax = false)
    {
        var sorted = milliseconds.Order().ToList();
        var p99 = Percentile(sorted, 99);
        var target = p99Target is { } limit ? Verdict(p99 < limit, $"< {limit:N0} ms") : "";
        Add(measure + " p50", $"{Percentile(sorted, 50):N1} ms");
        Add(measure + " p99", $"{p99:N1} ms", target);
        if (withMax)
        {
            Add(measure + " max", $"{(sorted.Count == 0 ? double.NaN : sorted[^1]):N1} ms");
        }
    }

    public void Print()
    {
        var width = _rows.Max(r => r.Measure.Length);
        var valueWidth = _rows.Max(r => r.Value.Length);
        Console.WriteLine();
        Console.WriteLine("Ingest summary");
        Console.WriteLine($"  {"measure".PadRight(width)}  {"value".PadLeft(valueWidth)}  target");
        foreach (var (measure, value, target) in _rows)
        {
            var line = $"  {measure.PadRight(width)}  {value.PadLeft(valueWidth)}  {target}";
            Console.WriteLine(line.TrimEnd());
        }

        Console.WriteLine($"  machine: {Machine.Describe()}");
    }
}
