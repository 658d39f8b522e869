using Ward.Compliance.Disclosure;
using Ward.Storage.Audit;

namespace Ward.Disclosure;

/// <summary>What may go out on the channel, the decision behind it, and the audit event that
/// records a refusal or a replacement (null when the text went as written).</summary>
internal sealed record ScreenedText(string Body, DisclosureDecision Decision, AuditRecord? Audit);
