namespace Ward.Staff.Inbox;

/// <summary>The inbox's quick filters.</summary>
internal enum InboxView
{
    All,
    Emergency,
    Clinical,
    WaitingForReply,
    Mine,
}
