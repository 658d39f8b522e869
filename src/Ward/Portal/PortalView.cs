using Ward.Compliance.Consent;

namespace Ward.Portal;

/// <summary>What the chat page shows a verified patient: their portal thread, the secure
/// message a link pointed to (if any), the language to ask in, and their answer so far about
/// messaging in the portal (null when they have not been asked).</summary>
internal sealed record PortalView(
    IReadOnlyList<PortalMessage> Messages, PortalMessage? Linked, string Language,
    ConsentChoice? Consent);
