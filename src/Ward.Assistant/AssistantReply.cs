using Ward.Assistant.Flows;
using Ward.Assistant.Language;
using Ward.Assistant.Understanding;

namespace Ward.Assistant;

/// <summary>What the assistant decided for one message.</summary>
/// <param name="Text">The reply to send, in <paramref name="Language"/>.</param>
/// <param name="Language">The language, and which witness decided it.</param>
/// <param name="Intent">What the message asked for.</param>
/// <param name="Route">Who deals with it next.</param>
/// <param name="Action">What the host records besides the reply.</param>
/// <param name="Citations">The entries and versions the reply used.</param>
/// <param name="Rewritten">True when a language model phrased the reply.</param>
public sealed record AssistantReply(
    string Text, LanguageGuess Language, Intent Intent, AssistantRoute Route, ActionKind Action,
    IReadOnlyList<Citation> Citations, bool Rewritten = false);
