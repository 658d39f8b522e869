namespace Ward.Compliance.Breaches;

/// <summary>Where one notice stands at a given moment.</summary>
/// <param name="Deadline">The notice.</param>
/// <param name="Remaining">
/// Time left until the deadline, negative once it has passed; null when the notice is done or
/// has no date.
/// </param>
/// <param name="Done">True when the recipient has been notified.</param>
/// <param name="Overdue">True when not done and the deadline has passed.</param>
public sealed record BreachDeadlineStatus(
    BreachDeadline Deadline,
    TimeSpan? Remaining,
    bool Done,
    bool Overdue);
