namespace Ward.Compliance.Disclosure;

/// <summary>
/// What a practice lets a channel carry. Meta signs no BAA for WhatsApp and plain SMS is not
/// end-to-end secure, so each channel starts at <see cref="MinimumNecessary"/>
/// (45 CFR 164.502(b)) and a practice opts in to PHI per channel.
/// </summary>
public enum ChannelPhiPolicy
{
    /// <summary>Health information is replaced by a link to the portal.</summary>
    MinimumNecessary,

    /// <summary>Health information may be sent when the vendor passes the PHI gate.</summary>
    PhiAllowed,
}
