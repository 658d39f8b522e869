namespace Ward.Paging;

/// <summary>
/// Settings of the PagerDuty Events API v2 transport, bound from <c>Ward:PagerDuty</c>. The
/// routing key is per practice and travels with each call, not here.
/// </summary>
public sealed class PagerDutyOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "Ward:PagerDuty";

    /// <summary>
    /// The enqueue endpoint, default <c>https://events.pagerduty.com/v2/enqueue</c>. Must be an
    /// absolute http or https URL; tests point it at a loopback stand-in.
    /// </summary>
    public Uri EventsUrl { get; set; } = new("https://events.pagerduty.com/v2/enqueue");
}
