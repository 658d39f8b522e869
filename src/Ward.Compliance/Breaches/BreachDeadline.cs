namespace Ward.Compliance.Breaches;

/// <summary>One notice a breach requires.</summary>
/// <param name="Recipient">Who must be told.</param>
/// <param name="Due">The latest moment for the notice; null when the rule sets no date.</param>
/// <param name="Rule">The section the deadline comes from.</param>
/// <param name="WithoutUndueDelay">
/// True when the rule asks for notice "without undue delay" and sets no date
/// (GDPR Art. 34(1)).
/// </param>
public sealed record BreachDeadline(
    BreachRecipient Recipient,
    DateTimeOffset? Due,
    string Rule,
    bool WithoutUndueDelay);
