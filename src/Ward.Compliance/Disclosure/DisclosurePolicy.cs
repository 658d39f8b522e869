using Ward.Compliance.Agreements;

namespace Ward.Compliance.Disclosure;

/// <summary>Decides whether a message may go out as written on a channel.</summary>
public static class DisclosurePolicy
{
    /// <summary>
    /// A message without health information goes as is. With health information, only a
    /// channel set to <see cref="ChannelPhiPolicy.PhiAllowed"/> whose vendor passes the PHI
    /// gate carries it; everything else gets the portal link (45 CFR 164.502(b), 164.502(e)).
    /// </summary>
    public static DisclosureDecision Decide(
        ChannelPhiPolicy policy, GateDecision gate, HealthInfoFinding finding)
    {
        ArgumentNullException.ThrowIfNull(gate);
        ArgumentNullException.ThrowIfNull(finding);

        if (!finding.Found)
        {
            return DisclosureDecision.SendAsIs;
        }

        if (policy != ChannelPhiPolicy.PhiAllowed)
        {
            return DisclosureDecision.SendPortalLink;
        }

        return gate.Allowed
            ? DisclosureDecision.SendAsIs
            : DisclosureDecision.RefuseAndSendPortalLink;
    }
}
