namespace Ward.Portal;

/// <summary>What was wrong with one field of a portal form, shown beside that field. The text
/// names the field, never the value that was typed.</summary>
internal sealed record PortalFormError(string Field, string Text);
