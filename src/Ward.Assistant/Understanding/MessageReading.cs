namespace Ward.Assistant.Understanding;

/// <summary>What the classifier read in a message.</summary>
/// <param name="Intent">The winning intent (<see cref="Intent.Unknown"/> when no cue
/// matched).</param>
/// <param name="Score">The winning intent's cue weight.</param>
/// <param name="AsksJudgement">True when a clinical-question cue matched in any language.</param>
/// <param name="Words">The message's folded words.</param>
public sealed record MessageReading(
    Intent Intent, int Score, bool AsksJudgement, IReadOnlyList<string> Words);
