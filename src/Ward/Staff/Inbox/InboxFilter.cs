namespace Ward.Staff.Inbox;

/// <summary>Which conversations the inbox lists. <see cref="Channel"/> is null for every
/// channel.</summary>
internal sealed record InboxFilter(InboxView View = InboxView.All, string? Channel = null);
