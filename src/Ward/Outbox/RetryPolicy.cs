namespace Ward.Outbox;

/// <summary>
/// Exponential backoff with jitter. Emergency work retries sooner and longer: an emergency reply
/// or page that keeps failing is worth many more tries than an acknowledgement.
/// </summary>
internal static class RetryPolicy
{
    public static int MaxAttempts(int priority) => priority >= ReplyPriority.Emergency ? 20 : 10;

    /// <summary>The wait before attempt <paramref name="attempt"/> + 1; the jitter spreads
    /// retries so a recovering provider is not hit by every row at the same instant.</summary>
    public static TimeSpan Delay(int attempt, int priority, Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var baseSeconds = priority >= ReplyPriority.Emergency ? 1.0 : 2.0;
        var capSeconds = priority >= ReplyPriority.Emergency ? 30.0 : 300.0;
        var exponential = Math.Min(capSeconds, baseSeconds * Math.Pow(2, Math.Max(0, attempt - 1)));
        var jitter = 0.5 + (random.NextDouble() * 0.5);
        return TimeSpan.FromSeconds(exponential * jitter);
    }
}
