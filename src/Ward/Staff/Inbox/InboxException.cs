namespace Ward.Staff.Inbox;

/// <summary>An inbox action refused: the field it names and a message for the person, never
/// the value.</summary>
internal sealed class InboxException : Exception
{
    public InboxException()
    {
    }

    public InboxException(string message)
        : base(message)
    {
    }

    public InboxException(string message, Exception inner)
        : base(message, inner)
    {
    }

    public InboxException(string field, string message)
        : base(message)
    {
        Field = field;
    }

    /// <summary>The input field at fault, for the message beside it.</summary>
    public string? Field { get; }

    /// <summary>Whether the thing acted on does not exist (404) rather than the input being
    /// wrong (400).</summary>
    public bool NotFound { get; init; }

    /// <summary>Whether the input is fine but the record's state forbids the action (409), such
    /// as a reply to a patient who opted out of the channel.</summary>
    public bool Conflict { get; init; }
}
