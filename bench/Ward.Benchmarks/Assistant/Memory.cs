using System.Globalization;

namespace Ward.Benchmarks.Assistant;

/// <summary>This process's resident memory from /proc/self/status, in MB.</summary>
internal static class Memory
{
    public static double Rss() => RssAndPeak().Rss;

    public static (double Rss, double Peak) RssAndPeak()
    {
        const string path = "/proc/self/status";
        if (!File.Exists(path))
        {
            return (double.NaN, double.NaN);
        }

        var lines = File.ReadAllLines(path);
        return (Kilobytes(lines, "VmRSS:") / 1024.0, Kilobytes(lines, "VmHWM:") / 1024.0);
    }

    private static double Kilobytes(string[] lines, string field) =>
        lines.Where(l => l.StartsWith(field, StringComparison.Ordinal))
            .Select(l => double.Parse(l[field.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture))
            .FirstOrDefault();
}
