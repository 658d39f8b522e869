namespace Ward.Compliance.Retention;

/// <summary>Decides whether a patient's data may be erased (GDPR Art. 17).</summary>
public static class ErasureRules
{
    public const string LegalHoldReason = "A legal hold is in place.";

    public const string HoldPeriodReason =
        "The hold period after the last message has not ended (GDPR Art. 17(3)(b)).";

    public const string AllowedReason = "No hold applies.";

    /// <summary>
    /// Refused under a legal hold (Art. 17(3)(e)); refused until the last message is
    /// <see cref="EffectiveRetention.ErasureHoldDays"/> old (Art. 17(3)(b)); otherwise allowed.
    /// </summary>
    public static ErasureDecision Decide(
        EffectiveRetention policy,
        DateTimeOffset? lastMessageAt,
        bool legalHold,
        DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(policy);

        if (legalHold)
        {
            return new ErasureDecision(false, null, LegalHoldReason);
        }

        var earliest = lastMessageAt?.AddDays(policy.ErasureHoldDays);
        if (earliest > now)
        {
            return new ErasureDecision(false, earliest, HoldPeriodReason);
        }

        return new ErasureDecision(true, null, AllowedReason);
    }
}
