namespace Ward.Benchmarks;

/// <summary>Describes the machine next to the figures, since other work may share it.</summary>
internal static class Machine
{
    public static string Describe() =>
        $"{Environment.ProcessorCount} logical cores, {Environment.OSVersion}, "
        + $".NET {Environment.Version}, load average {LoadAverage()}";

    public static string LoadAverage()
    {
        const string path = "/proc/loadavg";
        if (!File.Exists(path))
        {
            return "n/a";
        }

        var fields = File.ReadAllText(path).Split(' ');
        return fields.Length >= 3 ? string.Join(' ', fields[..3]) : "n/a";
    }
}
