using Ward.Compliance.Consent;

namespace Ward.Compliance.Tests.Consent;

public sealed class ConsentLedgerTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 1, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void StateOf_NoEvents_Null()
    {
        var state = ConsentLedger.StateOf([], ConsentPurpose.Marketing);

        Assert.Null(state);
    }

    [Fact]
    public void StateOf_OtherPurposeOnly_Null()
    {
        ConsentEvent[] events = [new(ConsentPurpose.MessagingSms, ConsentChoice.Granted, Start)];

        var state = ConsentLedger.StateOf(events, ConsentPurpose.Marketing);

        Assert.Null(state);
    }

    [Fact]
    public void StateOf_GrantedThenWithdrawn_Withdrawn()
    {
        ConsentEvent[] events =
        [
            new(ConsentPurpose.Marketing, ConsentChoice.Granted, Start),
            new(ConsentPurpose.Marketing, ConsentChoice.Withdrawn, Start.AddDays(3)),
        ];

        var state = ConsentLedger.StateOf(events, ConsentPurpose.Marketing);

        Assert.Equal(ConsentChoice.Withdrawn, state);
    }

    [Fact]
    public void StateOf_OutOfOrder_LatestByTimeWins()
    {
        ConsentEvent[] events =
        [
            new(ConsentPurpose.Marketing, ConsentChoice.Granted, Start.AddDays(5)),
            new(ConsentPurpose.Marketing, ConsentChoice.Withdrawn, Start),
        ];

        var state = ConsentLedger.StateOf(events, ConsentPurpose.Marketing);

        Assert.Equal(ConsentChoice.Granted, state);
    }

    [Fact]
    public void StateOf_SameMoment_WithdrawalWins()
    {
        ConsentEvent[] events =
        [
            new(ConsentPurpose.Marketing, ConsentChoice.Withdrawn, Start),
            new(ConsentPurpose.Marketing, ConsentChoice.Granted, Start),
        ];

        var state = ConsentLedger.StateOf(events, ConsentPurpose.Marketing);

        Assert.Equal(ConsentChoice.Withdrawn, state);
    }
}
