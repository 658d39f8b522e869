using Ward.Compliance.Agreements;
using Ward.Compliance.Breaches;
using static Ward.Compliance.Tests.Breaches.Incidents;

namespace Ward.Compliance.Tests.Breaches;

public sealed class BreachClockDeadlineTests
{
    private static readonly TimeSpan Eastern = TimeSpan.FromHours(-5);
    private static readonly DateTimeOffset January15 = new(2026, 1, 15, 9, 30, 0, Eastern);

    [Fact]
    public void Deadlines_Hipaa_IndividualsSixtyDaysAfterDiscovery()
    {
        var incident = Incident([Regime.Hipaa], January15, affected: 20);

        var deadline = Single(incident, BreachRecipient.Individuals);

        // January 15 + 60 days: 16 days to January 31, 28 in February, 16 in March.
        Assert.Equal(new DateTimeOffset(2026, 3, 16, 9, 30, 0, Eastern), deadline.Due);
        Assert.Equal("45 CFR 164.404(b)", deadline.Rule);
        Assert.False(deadline.WithoutUndueDelay);
    }

    [Fact]
    public void Deadlines_FiveHundredAffected_HhsWithinSixtyDays()
    {
        var incident = Incident([Regime.Hipaa], January15, affected: 500);

        var deadline = Single(incident, BreachRecipient.Hhs);

        Assert.Equal(new DateTimeOffset(2026, 3, 16, 9, 30, 0, Eastern), deadline.Due);
        Assert.Equal("45 CFR 164.408(b)", deadline.Rule);
    }

    [Fact]
    public void Deadlines_FourHundredNinetyNine_HhsInAnnualLog()
    {
        var incident = Incident([Regime.Hipaa], January15, affected: 499);

        var deadline = Single(incident, BreachRecipient.Hhs);

        // December 31, 2026 + 60 days = March 1, 2027 (2027 is not a leap year).
        Assert.Equal(new DateTimeOffset(2027, 3, 1, 0, 0, 0, Eastern), deadline.Due);
        Assert.Equal("45 CFR 164.408(c)", deadline.Rule);
    }

    [Fact]
    public void Deadlines_SmallBreachIn2027_AnnualLogDueOnLeapDay()
    {
        var pacific = TimeSpan.FromHours(-7);
        var discovered = new DateTimeOffset(2027, 6, 10, 14, 0, 0, pacific);
        var incident = Incident([Regime.Hipaa], discovered, affected: 10);

        var deadline = Single(incident, BreachRecipient.Hhs);

        // December 31, 2027 + 60 days = February 29, 2028.
        Assert.Equal(new DateTimeOffset(2028, 2, 29, 0, 0, 0, pacific), deadline.Due);
        Assert.Equal(pacific, deadline.Due!.Value.Offset);
    }

    [Fact]
    public void Deadlines_SmallBreachOnNewYearsEve_AnnualLogOfThatYear()
    {
        var discovered = new DateTimeOffset(2026, 12, 31, 23, 0, 0, Eastern);
        var incident = Incident([Regime.Hipaa], discovered, affected: 3);

        var deadline = Single(incident, BreachRecipient.Hhs);

        Assert.Equal(new DateTimeOffset(2027, 3, 1, 0, 0, 0, Eastern), deadline.Due);
    }

    [Fact]
    public void Deadlines_FiveHundredInOneState_NoMedia()
    {
        var incident = Incident([Regime.Hipaa], January15, 500, new() { ["NY"] = 500 });

        var deadlines = BreachClock.Deadlines(incident);

        Assert.DoesNotContain(deadlines, d => d.Recipient == BreachRecipient.Media);
    }

    [Fact]
    public void Deadlines_FiveHundredOneInOneState_MediaWithinSixtyDays()
    {
        var areas = new Dictionary<string, int> { ["NY"] = 501, ["NJ"] = 20 };
        var incident = Incident([Regime.Hipaa], January15, 521, areas);

        var deadline = Single(incident, BreachRecipient.Media);

        Assert.Equal(new DateTimeOffset(2026, 3, 16, 9, 30, 0, Eastern), deadline.Due);
        Assert.Equal("45 CFR 164.406", deadline.Rule);
    }

    [Fact]
    public void Deadlines_MoreThan500AcrossStatesOnly_NoMedia()
    {
        var areas = new Dictionary<string, int> { ["NY"] = 400, ["NJ"] = 400 };
        var incident = Incident([Regime.Hipaa], January15, 800, areas);

        var deadlines = BreachClock.Deadlines(incident);

        Assert.DoesNotContain(deadlines, d => d.Recipient == BreachRecipient.Media);
        Assert.Equal("45 CFR 164.408(b)", Single(incident, BreachRecipient.Hhs).Rule);
    }

    [Fact]
    public void Deadlines_Gdpr_AuthorityWithin72Hours()
    {
        var discovered = new DateTimeOffset(2026, 5, 4, 16, 45, 0, TimeSpan.FromHours(3));
        var incident = Incident([Regime.Gdpr], discovered, affected: 2);

        var deadline = Single(incident, BreachRecipient.SupervisoryAuthority);

        var expected = new DateTimeOffset(2026, 5, 7, 16, 45, 0, TimeSpan.FromHours(3));
        Assert.Equal(expected, deadline.Due);
        Assert.Equal("GDPR Art. 33(1)", deadline.Rule);
    }

    [Fact]
    public void Deadlines_GdprAcrossSofiaDstChange_Exactly72Hours()
    {
        // Sofia moves from +02:00 to +03:00 at 03:00 on March 29, 2026.
        var discovered = new DateTimeOffset(2026, 3, 28, 10, 0, 0, TimeSpan.FromHours(2));
        var incident = Incident([Regime.Gdpr], discovered, affected: 2);

        var deadline = Single(incident, BreachRecipient.SupervisoryAuthority);

        var sofiaWallClock = new DateTimeOffset(2026, 3, 31, 11, 0, 0, TimeSpan.FromHours(3));
        Assert.Equal(sofiaWallClock, deadline.Due);
        Assert.Equal(TimeSpan.FromHours(72), deadline.Due - discovered);
    }

    [Fact]
    public void Deadlines_GdprAcrossUsDstChange_Exactly72Hours()
    {
        // New York moves from -05:00 to -04:00 at 02:00 on March 8, 2026.
        var discovered = new DateTimeOffset(2026, 3, 7, 12, 0, 0, Eastern);
        var incident = Incident([Regime.Gdpr], discovered, affected: 2);

        var deadline = Single(incident, BreachRecipient.SupervisoryAuthority);

        var newYorkWallClock = new DateTimeOffset(2026, 3, 10, 13, 0, 0, TimeSpan.FromHours(-4));
        Assert.Equal(newYorkWallClock, deadline.Due);
    }

    [Fact]
    public void Deadlines_Gdpr_DataSubjectsWithoutUndueDelay()
    {
        var incident = Incident([Regime.Gdpr], January15, affected: 2);

        var deadline = Single(incident, BreachRecipient.DataSubjects);

        Assert.Null(deadline.Due);
        Assert.True(deadline.WithoutUndueDelay);
        Assert.Equal("GDPR Art. 34(1)", deadline.Rule);
    }

    [Fact]
    public void Deadlines_BothRegimes_HipaaThenGdpr()
    {
        var incident = Incident([Regime.Gdpr, Regime.Hipaa, Regime.Gdpr], January15, 12);

        var recipients = BreachClock.Deadlines(incident).Select(d => d.Recipient);

        BreachRecipient[] expected =
        [
            BreachRecipient.Individuals,
            BreachRecipient.Hhs,
            BreachRecipient.SupervisoryAuthority,
            BreachRecipient.DataSubjects,
        ];
        Assert.Equal(expected, recipients);
    }

    [Fact]
    public void Deadlines_VendorNoticeTerm_DueThatManyDaysAfterDiscovery()
    {
        var incident = Incident([Regime.Hipaa], January15, 12) with { VendorNoticeDays = 10 };

        var deadline = Single(incident, BreachRecipient.Vendor);

        Assert.Equal(new DateTimeOffset(2026, 1, 25, 9, 30, 0, Eastern), deadline.Due);
    }

    [Fact]
    public void Deadlines_NoVendorTerm_NoVendorDeadline()
    {
        var incident = Incident([Regime.Hipaa], January15, affected: 12);

        var deadlines = BreachClock.Deadlines(incident);

        Assert.DoesNotContain(deadlines, d => d.Recipient == BreachRecipient.Vendor);
    }

    [Fact]
    public void Deadlines_NoBreach_None()
    {
        var incident = Incident([Regime.Hipaa, Regime.Gdpr], January15, 900) with
        {
            Determination = BreachDetermination.NoBreach,
            VendorNoticeDays = 5,
        };

        var deadlines = BreachClock.Deadlines(incident);

        Assert.Empty(deadlines);
    }

    [Fact]
    public void Deadlines_UnderAssessment_SameAsBreach()
    {
        var breach = Incident([Regime.Hipaa, Regime.Gdpr], January15, 900);
        var assessing = breach with { Determination = BreachDetermination.UnderAssessment };

        var expected = BreachClock.Deadlines(breach);
        var deadlines = BreachClock.Deadlines(assessing);

        Assert.Equal(expected, deadlines);
        Assert.NotEmpty(deadlines);
    }

    [Fact]
    public void Deadlines_NegativeCount_Throws()
    {
        var incident = Incident([Regime.Hipaa], January15, affected: -1);

        var error = Assert.Throws<ArgumentException>(() => BreachClock.Deadlines(incident));

        Assert.Contains("AffectedCount", error.Message, StringComparison.Ordinal);
    }

    private static BreachDeadline Single(BreachIncident incident, BreachRecipient recipient) =>
        Assert.Single(BreachClock.Deadlines(incident), d => d.Recipient == recipient);
}
