namespace Ward.Portal;

/// <summary>One message as the portal shows it: from the patient ("in") or to them
/// ("out").</summary>
internal sealed record PortalMessage(string Id, string Direction, string Text, long AtMs);
