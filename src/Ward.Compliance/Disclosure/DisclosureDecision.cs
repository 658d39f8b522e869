namespace Ward.Compliance.Disclosure;

/// <summary>What to do with an outbound message.</summary>
public enum DisclosureDecision
{
    /// <summary>Send the message as written.</summary>
    SendAsIs,

    /// <summary>Send <see cref="PortalLinkText"/> instead of the message.</summary>
    SendPortalLink,

    /// <summary>
    /// The channel allows PHI but its vendor has no valid agreement: send the portal link and
    /// audit the refusal.
    /// </summary>
    RefuseAndSendPortalLink,
}
