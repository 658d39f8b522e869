using Ward.Compliance.Agreements;

namespace Ward.Compliance.Breaches;

/// <summary>The notices a breach requires, when each is due, and where each stands.</summary>
public static class BreachClock
{
    // 45 CFR 164.404(b), 164.406(b), 164.408(b): no later than 60 calendar days after discovery.
    private const int HipaaDays = 60;

    // 45 CFR 164.408(b) and 164.406(a): the thresholds of 500 people.
    private const int LargeBreach = 500;

    // GDPR Art. 33(1): where feasible, not later than 72 hours after becoming aware.
    private static readonly TimeSpan GdprAuthorityWindow = TimeSpan.FromHours(72);

    /// <summary>
    /// The deadlines of every regime the incident falls under, then the vendor's notice term.
    /// A breach still under assessment has the same deadlines as a breach, since the clock runs
    /// from discovery (45 CFR 164.404(a)(2)); a determination of no breach has none.
    /// </summary>
    public static IReadOnlyList<BreachDeadline> Deadlines(BreachIncident incident)
    {
        Validate(incident);

        if (incident.Determination == BreachDetermination.NoBreach)
        {
            return [];
        }

        var deadlines = new List<BreachDeadline>();
        foreach (var regime in incident.Regimes.Distinct().Order())
        {
            deadlines.AddRange(regime == Regime.Hipaa ? Hipaa(incident) : Gdpr(incident));
        }

        if (incident.VendorNoticeDays is { } days)
        {
            var due = incident.DiscoveredAt.AddDays(days);
            deadlines.Add(new(BreachRecipient.Vendor, due, BreachRules.VendorAgreement, false));
        }

        return deadlines;
    }

    /// <summary>Where each deadline stands at <paramref name="now"/>.</summary>
    public static IReadOnlyList<BreachDeadlineStatus> Status(
        BreachIncident incident, DateTimeOffset now)
    {
        var statuses = new List<BreachDeadlineStatus>();
        foreach (var deadline in Deadlines(incident))
        {
            var done = incident.Notified.ContainsKey(deadline.Recipient);
            var remaining = done ? null : deadline.Due - now;
            var overdue = !done && now > deadline.Due;
            statuses.Add(new BreachDeadlineStatus(deadline, remaining, done, overdue));
        }

        return statuses;
    }

    private static IEnumerable<BreachDeadline> Hipaa(BreachIncident incident)
    {
        var sixtyDays = incident.DiscoveredAt.AddDays(HipaaDays);
        yield return new(
            BreachRecipient.Individuals, sixtyDays, BreachRules.HipaaIndividuals, false);

        yield return incident.AffectedCount >= LargeBreach
            ? new(BreachRecipient.Hhs, sixtyDays, BreachRules.HipaaHhsLarge, false)
            : new(
                BreachRecipient.Hhs,
                AnnualLogDue(incident.DiscoveredAt),
                BreachRules.HipaaHhsAnnual,
                false);

        // 164.406(a): "more than 500 residents of a State or jurisdiction", so exactly 500 in
        // one state needs no media notice, and counts are never added across states.
        if (incident.AffectedByArea.Values.Any(count => count > LargeBreach))
        {
            yield return new(BreachRecipient.Media, sixtyDays, BreachRules.HipaaMedia, false);
        }
    }

    private static IEnumerable<BreachDeadline> Gdpr(BreachIncident incident)
    {
        var authorityDue = incident.DiscoveredAt + GdprAuthorityWindow;
        yield return new(
            BreachRecipient.SupervisoryAuthority, authorityDue, BreachRules.GdprAuthority, false);

        // Art. 34(1) applies when the breach is likely to result in a high risk; the officer
        // judges that, so the notice is always listed, without a date.
        yield return new(BreachRecipient.DataSubjects, null, BreachRules.GdprDataSubjects, true);
    }

    // 164.408(c): breaches of fewer than 500 go in the annual log, due "not later than 60 days
    // after the end of each calendar year"; counted from December 31 at 00:00, the earlier of
    // the two readings, at the discovery's offset.
    private static DateTimeOffset AnnualLogDue(DateTimeOffset discoveredAt) =>
        new DateTimeOffset(discoveredAt.Year, 12, 31, 0, 0, 0, discoveredAt.Offset)
            .AddDays(HipaaDays);

    private static void Validate(BreachIncident incident)
    {
        ArgumentNullException.ThrowIfNull(incident);
        ArgumentNullException.ThrowIfNull(incident.Regimes);
        ArgumentNullException.ThrowIfNull(incident.AffectedByArea);
        ArgumentNullException.ThrowIfNull(incident.Notified);

        if (incident.AffectedCount < 0)
        {
            throw new ArgumentException("AffectedCount must not be negative.", nameof(incident));
        }

        if (incident.VendorNoticeDays < 0)
        {
            throw new ArgumentException("VendorNoticeDays must not be negative.", nameof(incident));
        }
    }
}
