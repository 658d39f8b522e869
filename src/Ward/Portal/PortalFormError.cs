namespace Ward.Portal;

/// <summary>What was wrong with one field of a portal form, shown beside that field in the
/// page's language; never the value that was typed. <see cref="TriesLeft"/> counts what the
/// code allows still.</summary>
internal sealed record PortalFormError(string Field, PortalProblem Problem, int TriesLeft = 0);
