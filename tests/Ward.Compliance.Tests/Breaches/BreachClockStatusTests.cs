using Ward.Compliance.Agreements;
using Ward.Compliance.Breaches;
using static Ward.Compliance.Tests.Breaches.Incidents;

namespace Ward.Compliance.Tests.Breaches;

public sealed class BreachClockStatusTests
{
    private static readonly DateTimeOffset Discovered = new(2026, 5, 1, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Status_OneDayIn_72HourClockHas48HoursLeft()
    {
        var incident = Incident([Regime.Gdpr], Discovered, 3);

        var status = Of(incident, Discovered.AddDays(1), BreachRecipient.SupervisoryAuthority);

        Assert.Equal(TimeSpan.FromHours(48), status.Remaining);
        Assert.False(status.Done);
        Assert.False(status.Overdue);
    }

    [Fact]
    public void Status_AtDueMoment_NotOverdue()
    {
        var incident = Incident([Regime.Gdpr], Discovered, 3);

        var status = Of(incident, Discovered.AddHours(72), BreachRecipient.SupervisoryAuthority);

        Assert.Equal(TimeSpan.Zero, status.Remaining);
        Assert.False(status.Overdue);
    }

    [Fact]
    public void Status_PastDueAndNotNotified_Overdue()
    {
        var incident = Incident([Regime.Gdpr], Discovered, 3);
        var now = Discovered.AddHours(73);

        var status = Of(incident, now, BreachRecipient.SupervisoryAuthority);

        Assert.True(status.Overdue);
        Assert.Equal(TimeSpan.FromHours(-1), status.Remaining);
    }

    [Fact]
    public void Status_Notified_DoneAndNeverOverdue()
    {
        var notified = new Dictionary<BreachRecipient, DateTimeOffset>
        {
            [BreachRecipient.SupervisoryAuthority] = Discovered.AddHours(30),
        };
        var incident = Incident([Regime.Gdpr], Discovered, 3)
            with { Notified = notified };

        var status = Of(incident, Discovered.AddDays(10), BreachRecipient.SupervisoryAuthority);

        Assert.True(status.Done);
        Assert.False(status.Overdue);
        Assert.Null(status.Remaining);
    }

    [Fact]
    public void Status_NoDueDate_NeverOverdue()
    {
        var incident = Incident([Regime.Gdpr], Discovered, 3);

        var status = Of(incident, Discovered.AddDays(400), BreachRecipient.DataSubjects);

        Assert.False(status.Overdue);
        Assert.Null(status.Remaining);
    }

    [Fact]
    public void Status_OneStatusPerDeadline_InDeadlineOrder()
    {
        var incident = Incident([Regime.Hipaa], Discovered, 600);

        var statuses = BreachClock.Status(incident, Discovered);

        Assert.Equal(BreachClock.Deadlines(incident), statuses.Select(s => s.Deadline));
    }

    private static BreachDeadlineStatus Of(
        BreachIncident incident, DateTimeOffset now, BreachRecipient recipient) =>
        Assert.Single(BreachClock.Status(incident, now), s => s.Deadline.Recipient == recipient);
}
