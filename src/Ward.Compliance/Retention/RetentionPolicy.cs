using Ward.Compliance.Agreements;

namespace Ward.Compliance.Retention;

/// <summary>Turns a practice's retention settings into the retention in force.</summary>
public static class RetentionPolicy
{
    // 45 CFR 164.316(b)(2)(i): documentation is kept six years. Ward keeps the audit log that
    // long under every regime, so a practice never holds less than a HIPAA auditor expects.
    public const int MinimumAuditYears = 6;

    // Upper bounds keep the cutoff arithmetic inside DateTimeOffset's range.
    private const int MaximumDays = 365 * 100;
    private const int MaximumYears = 100;

    /// <summary>The retention in force for <paramref name="regime"/>.</summary>
    /// <exception cref="ArgumentException">A setting is out of range; the message names it.
    /// </exception>
    public static EffectiveRetention For(Regime regime, RetentionSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (!Enum.IsDefined(regime))
        {
            throw new ArgumentOutOfRangeException(nameof(regime), regime, "Unknown regime.");
        }

        Check(settings.MessageDays, 1, MaximumDays, nameof(settings.MessageDays));
        Check(settings.AuditYears, 0, MaximumYears, nameof(settings.AuditYears));
        Check(settings.ErasureHoldDays, 0, MaximumDays, nameof(settings.ErasureHoldDays));

        var auditYears = Math.Max(MinimumAuditYears, settings.AuditYears);
        return new EffectiveRetention(
            regime, settings.MessageDays, auditYears, settings.ErasureHoldDays);
    }

    private static void Check(int value, int minimum, int maximum, string field)
    {
        if (value < minimum || value > maximum)
        {
            throw new ArgumentException($"{field} must be between {minimum} and {maximum}.", field);
        }
    }
}
