using Ward.Compliance.Agreements;

namespace Ward.Compliance.Tests.Agreements;

public sealed class PhiGateTests
{
    private static readonly DateOnly Today = new(2026, 6, 15);

    [Fact]
    public void Check_ExecutedBaa_Allows()
    {
        Agreement[] agreements = [Baa("twilio", executedOn: new(2026, 1, 10))];

        var decision = PhiGate.Check(agreements, "twilio", Regime.Hipaa, Today);

        Assert.Equal(new GateDecision(true, GateRefusal.None), decision);
    }

    [Fact]
    public void Check_VendorInOtherCase_Allows()
    {
        Agreement[] agreements = [Baa("twilio", executedOn: new(2026, 1, 10))];

        var decision = PhiGate.Check(agreements, "Twilio", Regime.Hipaa, Today);

        Assert.True(decision.Allowed);
    }

    [Fact]
    public void Check_NoRows_RefusesNoAgreement()
    {
        var decision = PhiGate.Check([], "twilio", Regime.Hipaa, Today);

        Assert.Equal(new GateDecision(false, GateRefusal.NoAgreement), decision);
    }

    [Fact]
    public void Check_OtherVendorOnly_RefusesNoAgreement()
    {
        Agreement[] agreements = [Baa("meta", executedOn: new(2026, 1, 10))];

        var decision = PhiGate.Check(agreements, "twilio", Regime.Hipaa, Today);

        Assert.Equal(GateRefusal.NoAgreement, decision.Reason);
    }

    [Fact]
    public void Check_DpaWhereBaaNeeded_RefusesWrongKind()
    {
        Agreement[] agreements = [Dpa("twilio", executedOn: new(2026, 1, 10))];

        var decision = PhiGate.Check(agreements, "twilio", Regime.Hipaa, Today);

        Assert.Equal(new GateDecision(false, GateRefusal.WrongKind), decision);
    }

    [Fact]
    public void Check_BaaWhereDpaNeeded_RefusesWrongKind()
    {
        Agreement[] agreements = [Baa("twilio", executedOn: new(2026, 1, 10))];

        var decision = PhiGate.Check(agreements, "twilio", Regime.Gdpr, Today);

        Assert.Equal(GateRefusal.WrongKind, decision.Reason);
    }

    [Fact]
    public void Check_ExecutedTomorrow_RefusesNotYetExecuted()
    {
        Agreement[] agreements = [Baa("twilio", executedOn: new(2026, 6, 16))];

        var decision = PhiGate.Check(agreements, "twilio", Regime.Hipaa, Today);

        Assert.Equal(new GateDecision(false, GateRefusal.NotYetExecuted), decision);
    }

    [Fact]
    public void Check_ExecutedToday_Allows()
    {
        Agreement[] agreements = [Baa("twilio", executedOn: Today)];

        var decision = PhiGate.Check(agreements, "twilio", Regime.Hipaa, Today);

        Assert.True(decision.Allowed);
    }

    [Fact]
    public void Check_TerminatedToday_RefusesTerminated()
    {
        Agreement[] agreements = [Baa("twilio", new(2025, 1, 1), terminatedOn: Today)];

        var decision = PhiGate.Check(agreements, "twilio", Regime.Hipaa, Today);

        Assert.Equal(new GateDecision(false, GateRefusal.Terminated), decision);
    }

    [Fact]
    public void Check_TerminationTomorrow_Allows()
    {
        Agreement[] agreements = [Baa("twilio", new(2025, 1, 1), terminatedOn: new(2026, 6, 16))];

        var decision = PhiGate.Check(agreements, "twilio", Regime.Hipaa, Today);

        Assert.True(decision.Allowed);
    }

    [Fact]
    public void Check_TerminatedAndRenewed_Allows()
    {
        Agreement[] agreements =
        [
            Baa("twilio", new(2024, 1, 1), terminatedOn: new(2025, 12, 31)),
            Baa("twilio", new(2026, 1, 1)),
        ];

        var decision = PhiGate.Check(agreements, "twilio", Regime.Hipaa, Today);

        Assert.True(decision.Allowed);
    }

    [Fact]
    public void Check_TerminatedAndFuture_RefusesNotYetExecuted()
    {
        Agreement[] agreements =
        [
            Baa("twilio", new(2024, 1, 1), terminatedOn: new(2025, 12, 31)),
            Baa("twilio", new(2026, 7, 1)),
        ];

        var decision = PhiGate.Check(agreements, "twilio", Regime.Hipaa, Today);

        Assert.Equal(GateRefusal.NotYetExecuted, decision.Reason);
    }

    [Fact]
    public void Check_WrongKindAndTerminated_RefusesTerminated()
    {
        Agreement[] agreements =
        [
            Dpa("twilio", new(2026, 1, 1)),
            Baa("twilio", new(2024, 1, 1), terminatedOn: new(2025, 12, 31)),
        ];

        var decision = PhiGate.Check(agreements, "twilio", Regime.Hipaa, Today);

        Assert.Equal(GateRefusal.Terminated, decision.Reason);
    }

    [Fact]
    public void Check_BaaAndDpaOnFile_AllowsBothRegimes()
    {
        Agreement[] agreements = [Baa("aws", new(2025, 1, 1)), Dpa("aws", new(2025, 1, 1))];

        var hipaa = PhiGate.Check(agreements, "aws", Regime.Hipaa, Today);
        var gdpr = PhiGate.Check(agreements, "aws", Regime.Gdpr, Today);

        Assert.True(hipaa.Allowed);
        Assert.True(gdpr.Allowed);
    }

    private static Agreement Baa(
        string vendor, DateOnly executedOn, DateOnly? terminatedOn = null) =>
        Row(vendor, AgreementKind.Baa, executedOn, terminatedOn);

    private static Agreement Dpa(
        string vendor, DateOnly executedOn, DateOnly? terminatedOn = null) =>
        Row(vendor, AgreementKind.Dpa, executedOn, terminatedOn);

    private static Agreement Row(
        string vendor, AgreementKind kind, DateOnly executedOn, DateOnly? terminatedOn) =>
        new(
            vendor,
            VendorService.Sms,
            kind,
            executedOn,
            BreachNoticeDays: 10,
            Subprocessors: [],
            TerminationTerms.ReturnOrDestroy,
            terminatedOn);
}
