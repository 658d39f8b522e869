using System.Text.Json;

namespace Ward.Triage.Tests.DevSet;

/// <summary>Locates and reads triage-dev.jsonl in ../shared from the repository root.</summary>
internal static class DevSetFile
{
    public static string? Path { get; } = Locate();

    public static IReadOnlyList<DevSetLine> Read()
    {
        var lines = new List<DevSetLine>();
        foreach (var line in File.ReadLines(Path!))
        {
            if (!string.IsNullOrWhiteSpace(line))
            {
                lines.Add(JsonSerializer.Deserialize<DevSetLine>(line)!);
            }
        }

        return lines;
    }

    public static PatientRegion ParseRegion(string region) => region switch
    {
        "US" => PatientRegion.US,
        "EU" => PatientRegion.EU,
        _ => PatientRegion.Unknown,
    };

    private static string? Locate()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null
            && !File.Exists(System.IO.Path.Combine(directory.FullName, "Ward.slnx")))
        {
            directory = directory.Parent;
        }

        if (directory?.Parent is null)
        {
            return null;
        }

        var path = System.IO.Path.Combine(directory.Parent.FullName, "shared", "triage-dev.jsonl");
        return File.Exists(path) ? path : null;
    }
}
