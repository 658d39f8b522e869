using Ward.Compliance.Disclosure;

namespace Ward.Practices;

/// <summary>A channel's PHI policy as a practice file writes it.</summary>
internal static class PhiPolicies
{
    public const string Rule = "must be \"minimum-necessary\" or \"allowed\"";

    public static bool IsKnown(string? text) => text is null or "minimum-necessary" or "allowed";

    /// <summary>Minimum necessary unless the practice opted in for the channel.</summary>
    public static ChannelPhiPolicy Parse(string? text) =>
        text == "allowed" ? ChannelPhiPolicy.PhiAllowed : ChannelPhiPolicy.MinimumNecessary;
}
