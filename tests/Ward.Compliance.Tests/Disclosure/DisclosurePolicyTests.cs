using Ward.Compliance.Agreements;
using Ward.Compliance.Disclosure;

namespace Ward.Compliance.Tests.Disclosure;

public sealed class DisclosurePolicyTests
{
    private static readonly GateDecision Allowed = new(true, GateRefusal.None);
    private static readonly GateDecision Refused = new(false, GateRefusal.NoAgreement);
    private static readonly HealthInfoFinding Health = new(HealthInfoKind.Medication);

    [Theory]
    [InlineData(ChannelPhiPolicy.MinimumNecessary, true)]
    [InlineData(ChannelPhiPolicy.MinimumNecessary, false)]
    [InlineData(ChannelPhiPolicy.PhiAllowed, true)]
    [InlineData(ChannelPhiPolicy.PhiAllowed, false)]
    public void Decide_NoHealthInfo_SendsAsIs(ChannelPhiPolicy policy, bool gateAllowed)
    {
        var gate = gateAllowed ? Allowed : Refused;

        var decision = DisclosurePolicy.Decide(policy, gate, HealthInfoFinding.Nothing);

        Assert.Equal(DisclosureDecision.SendAsIs, decision);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Decide_HealthInfoMinimumNecessary_SendsPortalLink(bool gateAllowed)
    {
        var gate = gateAllowed ? Allowed : Refused;

        var decision = DisclosurePolicy.Decide(ChannelPhiPolicy.MinimumNecessary, gate, Health);

        Assert.Equal(DisclosureDecision.SendPortalLink, decision);
    }

    [Fact]
    public void Decide_HealthInfoPhiAllowedGateAllowed_SendsAsIs()
    {
        var decision = DisclosurePolicy.Decide(ChannelPhiPolicy.PhiAllowed, Allowed, Health);

        Assert.Equal(DisclosureDecision.SendAsIs, decision);
    }

    [Fact]
    public void Decide_HealthInfoPhiAllowedGateRefused_RefusesWithPortalLink()
    {
        var decision = DisclosurePolicy.Decide(ChannelPhiPolicy.PhiAllowed, Refused, Health);

        Assert.Equal(DisclosureDecision.RefuseAndSendPortalLink, decision);
    }

    [Fact]
    public void Default_ChannelPolicy_IsMinimumNecessary()
    {
        var policy = default(ChannelPhiPolicy);

        Assert.Equal(ChannelPhiPolicy.MinimumNecessary, policy);
    }
}
