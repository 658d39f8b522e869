using Ward.Compliance.Consent;

namespace Ward.Compliance.Tests.Consent;

public sealed class ConsentRulesTests
{
    private const ConsentPurpose Sms = ConsentPurpose.MessagingSms;

    private static readonly DateTimeOffset Start = new(2026, 3, 1, 10, 0, 0, TimeSpan.Zero);
    private static readonly ConsentEvent SmsWithdrawn =
        new(ConsentPurpose.MessagingSms, ConsentChoice.Withdrawn, Start.AddDays(1));
    private static readonly ConsentEvent MarketingGranted =
        new(ConsentPurpose.Marketing, ConsentChoice.Granted, Start);

    [Fact]
    public void MaySend_EmergencyOnWithdrawnChannel_True()
    {
        ConsentEvent[] events = [SmsWithdrawn];

        var may = ConsentRules.MaySend(OutboundPurpose.EmergencyReply, Sms, events);

        Assert.True(may);
    }

    [Fact]
    public void MaySend_CareReplyNoRecord_True()
    {
        var may = ConsentRules.MaySend(
            OutboundPurpose.CareReply, ConsentPurpose.MessagingWhatsApp, []);

        Assert.True(may);
    }

    [Fact]
    public void MaySend_CareReplyChannelWithdrawn_False()
    {
        ConsentEvent[] events = [SmsWithdrawn];

        var may = ConsentRules.MaySend(OutboundPurpose.CareReply, Sms, events);

        Assert.False(may);
    }

    [Fact]
    public void MaySend_CareReplyOtherChannelWithdrawn_True()
    {
        ConsentEvent[] events = [SmsWithdrawn];

        var may = ConsentRules.MaySend(
            OutboundPurpose.CareReply, ConsentPurpose.MessagingPortal, events);

        Assert.True(may);
    }

    [Fact]
    public void MaySend_CareReplyWithdrawnThenRegranted_True()
    {
        ConsentEvent[] events =
        [
            SmsWithdrawn,
            new(ConsentPurpose.MessagingSms, ConsentChoice.Granted, Start.AddDays(2)),
        ];

        var may = ConsentRules.MaySend(OutboundPurpose.CareReply, Sms, events);

        Assert.True(may);
    }

    [Fact]
    public void MaySend_MarketingWithoutConsent_False()
    {
        var may = ConsentRules.MaySend(OutboundPurpose.Marketing, Sms, []);

        Assert.False(may);
    }

    [Fact]
    public void MaySend_MarketingGranted_True()
    {
        ConsentEvent[] events = [MarketingGranted];

        var may = ConsentRules.MaySend(OutboundPurpose.Marketing, Sms, events);

        Assert.True(may);
    }

    [Fact]
    public void MaySend_MarketingGrantedChannelWithdrawn_False()
    {
        ConsentEvent[] events = [MarketingGranted, SmsWithdrawn];

        var may = ConsentRules.MaySend(OutboundPurpose.Marketing, Sms, events);

        Assert.False(may);
    }

    [Fact]
    public void MaySend_MarketingWithdrawn_False()
    {
        ConsentEvent[] events =
        [
            MarketingGranted,
            new(ConsentPurpose.Marketing, ConsentChoice.Withdrawn, Start.AddDays(7)),
        ];

        var may = ConsentRules.MaySend(OutboundPurpose.Marketing, Sms, events);

        Assert.False(may);
    }

    [Fact]
    public void MaySend_MarketingOnSinglePassEnumerable_ReadsAllEvents()
    {
        var events = new[] { MarketingGranted, SmsWithdrawn }.Select(e => e);

        var may = ConsentRules.MaySend(OutboundPurpose.Marketing, Sms, events);

        Assert.False(may);
    }

    [Theory]
    [InlineData(ConsentPurpose.Marketing)]
    [InlineData(ConsentPurpose.AiAssistedIntake)]
    public void MaySend_NonMessagingChannel_Throws(ConsentPurpose channel)
    {
        Assert.Throws<ArgumentException>(
            () => ConsentRules.MaySend(OutboundPurpose.CareReply, channel, []));
    }
}
