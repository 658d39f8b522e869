namespace Ward.Staff.Inbox;

/// <summary>Names of the inbox's encrypted fields, bound into each ciphertext.</summary>
internal static class InboxFields
{
    public const string NoteBody = "conversation_notes.body";
}
