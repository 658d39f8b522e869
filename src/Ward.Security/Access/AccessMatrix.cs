using System.Text;

namespace Ward.Security.Access;

/// <summary>
/// Renders which role may perform which operation, for the compliance screens and the audit
/// pack (HIPAA 164.308(a)(4) asks the practice to document who has access to what). Each cell
/// is <c>yes</c>, <c>break-glass</c> or <c>no</c>.
/// </summary>
public static class AccessMatrix
{
    private const string Yes = "yes";
    private const string ByBreakGlass = "break-glass";
    private const string No = "no";

    /// <summary>
    /// A GitHub Markdown table: operation, permissions, then one column per role in the order
    /// of <see cref="AccessPolicy.Roles"/>. Lines end with <c>\n</c>.
    /// </summary>
    public static string ToMarkdown(IEnumerable<AccessRule> rules, AccessPolicy policy)
    {
        var rows = Rows(rules, policy);
        var text = new StringBuilder();

        text.Append(MarkdownLine(rows[0]));
        text.Append(MarkdownLine(rows[0].Select(_ => "---")));
        foreach (var row in rows.Skip(1))
        {
            text.Append(MarkdownLine(row));
        }

        return text.ToString();
    }

    /// <summary>
    /// The same table as CSV (RFC 4180): a header line, fields quoted when they hold a comma, a
    /// quote or a line break, lines ending with CRLF.
    /// </summary>
    public static string ToCsv(IEnumerable<AccessRule> rules, AccessPolicy policy)
    {
        var text = new StringBuilder();
        foreach (var row in Rows(rules, policy))
        {
            text.Append(string.Join(",", row.Select(CsvField))).Append("\r\n");
        }

        return text.ToString();
    }

    /// <summary>The names of the permissions, comma-joined in enum order; <c>None</c> for
    /// none.</summary>
    public static string PermissionNames(Permission permissions) =>
        permissions == Permission.None
            ? nameof(Permission.None)
            : string.Join(", ", PermissionCatalog.Names(permissions));

    private static List<string[]> Rows(IEnumerable<AccessRule> rules, AccessPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(policy);

        List<string[]> rows = [["operation", "permissions", .. policy.Roles]];
        foreach (var rule in rules)
        {
            var cells = policy.Roles.Select(role => Cell(policy, role, rule.Required));
            rows.Add([rule.Operation, PermissionNames(rule.Required), .. cells]);
        }

        return rows;
    }

    private static string Cell(AccessPolicy policy, string role, Permission required)
    {
        if (policy.Decide(role, required, breakGlass: false).Allowed)
        {
            return Yes;
        }

        return policy.Decide(role, required, breakGlass: true).Allowed ? ByBreakGlass : No;
    }

    private static string MarkdownLine(IEnumerable<string> cells) =>
        $"| {string.Join(" | ", cells.Select(c => c.Replace("|", "\\|")))} |\n";

    private static string CsvField(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") < 0
            ? field
            : $"\"{field.Replace("\"", "\"\"")}\"";
}
