namespace Ward.Staff.Inbox;

/// <summary>The body of a template outbox row: the approved template's name and locale and its
/// body parameters, in order.</summary>
internal sealed record TemplateSend(string Name, string Language, IReadOnlyList<string> Parameters);
