using Ward.Compliance.Agreements;
using Ward.Compliance.Retention;

namespace Ward.Compliance.Tests.Retention;

public sealed class ErasureRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 15, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Decide_LegalHold_Refused()
    {
        var policy = Policy(holdDays: 0);

        var decision = ErasureRules.Decide(policy, Now.AddDays(-400), legalHold: true, Now);

        Assert.False(decision.Allowed);
        Assert.Null(decision.EarliestAt);
        Assert.Equal(ErasureRules.LegalHoldReason, decision.Reason);
    }

    [Fact]
    public void Decide_WithinHoldPeriod_RefusedUntilItEnds()
    {
        var policy = Policy(holdDays: 30);
        var lastMessage = new DateTimeOffset(2026, 6, 5, 9, 0, 0, TimeSpan.Zero);

        var decision = ErasureRules.Decide(policy, lastMessage, legalHold: false, Now);

        Assert.False(decision.Allowed);
        Assert.Equal(new DateTimeOffset(2026, 7, 5, 9, 0, 0, TimeSpan.Zero), decision.EarliestAt);
        Assert.Equal(ErasureRules.HoldPeriodReason, decision.Reason);
    }

    [Fact]
    public void Decide_HoldPeriodEndsNow_Allowed()
    {
        var policy = Policy(holdDays: 30);

        var decision = ErasureRules.Decide(policy, Now.AddDays(-30), legalHold: false, Now);

        Assert.True(decision.Allowed);
        Assert.Null(decision.EarliestAt);
    }

    [Fact]
    public void Decide_NoHoldDays_Allowed()
    {
        var policy = Policy(holdDays: 0);

        var decision = ErasureRules.Decide(policy, Now.AddMinutes(-1), legalHold: false, Now);

        Assert.True(decision.Allowed);
        Assert.Equal(ErasureRules.AllowedReason, decision.Reason);
    }

    [Fact]
    public void Decide_NoMessages_Allowed()
    {
        var policy = Policy(holdDays: 30);

        var decision = ErasureRules.Decide(policy, lastMessageAt: null, legalHold: false, Now);

        Assert.True(decision.Allowed);
    }

    [Fact]
    public void Decide_LegalHoldWithinHoldPeriod_LegalHoldReason()
    {
        var policy = Policy(holdDays: 30);

        var decision = ErasureRules.Decide(policy, Now.AddDays(-1), legalHold: true, Now);

        Assert.False(decision.Allowed);
        Assert.Equal(ErasureRules.LegalHoldReason, decision.Reason);
    }

    private static EffectiveRetention Policy(int holdDays) =>
        RetentionPolicy.For(Regime.Gdpr, new RetentionSettings { ErasureHoldDays = holdDays });
}
