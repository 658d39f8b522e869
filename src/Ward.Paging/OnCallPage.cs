namespace Ward.Paging;

/// <summary>
/// What the on-call clinician is told about an emergency. It carries no PHI by construction:
/// no message text, patient name or number; the link leads to the message behind a login.
/// </summary>
/// <param name="PracticeName">The practice's display name.</param>
/// <param name="Kinds">Emergency kinds as wire names, e.g. <c>chest_pain</c>.</param>
/// <param name="InboxLink">Authenticated link into Ward's inbox for this conversation.</param>
/// <param name="DedupKey">
/// A deterministic key such as <c>ward:escalation:&lt;id&gt;</c> (at most 255 characters), so
/// that a retried page updates the open alert instead of opening another.
/// </param>
public sealed record OnCallPage(
    string PracticeName,
    IReadOnlyList<string> Kinds,
    Uri InboxLink,
    string DedupKey);
