using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace Ward.Host.Tests.Docs;

/// <summary>
/// Reads <c>docs/compliance.md</c>: its table rows, the tests each row names, and whether a
/// named test exists in the source of its test project.
/// </summary>
internal static partial class ComplianceMap
{
    private static readonly Lazy<string> Root = new(FindRoot);

    private static readonly Lazy<IReadOnlyList<MapRow>> AllRows = new(ReadRows);

    /// <summary>Every row of every table, header and separator lines left out.</summary>
    public static IReadOnlyList<MapRow> Rows => AllRows.Value;

    /// <summary>The tests named in a row's tests cell.</summary>
    public static IReadOnlyList<TestReference> References(MapRow row) =>
        [.. Reference().Matches(row.Tests).Select(m => new TestReference(
            m.Groups["project"].Value, m.Groups["class"].Value, m.Groups["method"].Value))];

    /// <summary>True when a source file of the named test project declares the class and a
    /// method of that name.</summary>
    public static bool Exists(TestReference test)
    {
        var folder = Path.Combine(Root.Value, "tests", test.Project);
        if (!Directory.Exists(folder))
        {
            return false;
        }

        var declaresClass = new Regex($@"\bclass\s+{Regex.Escape(test.Class)}\b");
        var declaresMethod = new Regex($@"\b{Regex.Escape(test.Method)}\(");
        return Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Where(path => IsSource(folder, path))
            .Select(File.ReadAllText)
            .Any(text => declaresClass.IsMatch(text) && declaresMethod.IsMatch(text));
    }

    private static List<MapRow> ReadRows()
    {
        var rows = new List<MapRow>();
        foreach (var line in File.ReadLines(Path.Combine(Root.Value, "docs", "compliance.md")))
        {
            if (!line.StartsWith('|'))
            {
                continue;
            }

            var cells = line.Trim().Trim('|').Split('|').Select(c => c.Trim()).ToList();
            string Cell(int index) => index < cells.Count ? cells[index] : "";
            var isHeader = Cell(0) == "Requirement" || Cell(0).All(c => c is '-' or ' ');
            if (!isHeader)
            {
                rows.Add(new MapRow(Cell(0), Cell(1), Cell(2), Cell(3)));
            }
        }

        return rows;
    }

    // Build output under the project folder holds generated copies, not the project's tests.
    private static bool IsSource(string projectFolder, string path)
    {
        var parts = Path.GetRelativePath(projectFolder, path).Split(Path.DirectorySeparatorChar);
        return !parts.Contains("bin") && !parts.Contains("obj");
    }

    private static string FindRoot()
    {
        // A build with an artifacts folder outside the repository (--artifacts-path) puts the
        // test binaries where walking up never meets Ward.slnx; this file's own path still does.
        return FolderWithSolutionAbove(AppContext.BaseDirectory)
            ?? FolderWithSolutionAbove(SourceFolder())
            ?? throw new InvalidOperationException(
                "Ward.slnx not found above the test binaries or this source file.");
    }

    private static string? FolderWithSolutionAbove(string? start)
    {
        for (var dir = start is null ? null : new DirectoryInfo(start); dir is not null;
             dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Ward.slnx")))
            {
                return dir.FullName;
            }
        }

        return null;
    }

    private static string? SourceFolder([CallerFilePath] string path = "") =>
        Path.GetDirectoryName(path);

    [GeneratedRegex(@"(?<project>Ward(?:\.[A-Za-z]+)*\.Tests): (?<class>\w+)\.(?<method>\w+)")]
    private static partial Regex Reference();
}
