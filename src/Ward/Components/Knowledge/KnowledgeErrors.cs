namespace Ward.Components.Knowledge;

/// <summary>The reader's problems ("answer: required", "translations.bg.title: ...") sorted to
/// the form field each belongs to (the first segment of its path).</summary>
internal sealed class KnowledgeErrors(IReadOnlyList<string> problems)
{
    public static readonly string[] Fields =
        ["id", "title", "answer", "keywords", "expires", "translations"];

    public string? For(string field) => string.Join("; ", problems
        .Where(p => Field(p) == field).Select(Rule)) is { Length: > 0 } text ? text : null;

    public IEnumerable<string> Others() => problems.Where(p => !Fields.Contains(Field(p)));

    private static string Field(string problem)
    {
        var path = problem.Split(':', 2)[0];
        var end = path.IndexOfAny(['.', '[']);
        return end < 0 ? path : path[..end];
    }

    private static string Rule(string problem) =>
        problem.Split(':', 2) is [var path, var rule]
            ? (path.Contains('.', StringComparison.Ordinal) ? path + ": " : "") + rule.Trim()
            : problem;
}
