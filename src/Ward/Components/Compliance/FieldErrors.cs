namespace Ward.Components.Compliance;

/// <summary>
/// The practice file validator's errors ("agreements[3].executedOn: must be ...") sorted to the
/// form field each belongs to, so a page can show each beside its field; what fits no field is
/// shown above the form.
/// </summary>
internal sealed class FieldErrors(IReadOnlyList<string> errors)
{
    public bool Any => errors.Count > 0;

    public string? For(string field) => errors
        .Where(e => Field(e).Equals(field, StringComparison.OrdinalIgnoreCase))
        .Select(Rule).FirstOrDefault();

    public IEnumerable<string> Others(params string[] fields) =>
        errors.Where(e => !fields.Contains(Field(e), StringComparer.OrdinalIgnoreCase));

    private static string Field(string error)
    {
        var path = error.Split(':', 2)[0];
        return path[(path.LastIndexOf('.') + 1)..];
    }

    private static string Rule(string error) =>
        error.Split(':', 2) is [_, var rule] ? rule.Trim() : error;
}
