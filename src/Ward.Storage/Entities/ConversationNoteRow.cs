namespace Ward.Storage.Entities;

/// <summary>An internal note on a conversation, seen by staff only and never sent. The text is
/// encrypted under the practice key.</summary>
public sealed class ConversationNoteRow
{
    public required string Id { get; set; }

    public required string PracticeId { get; set; }

    public required string ConversationId { get; set; }

    public required string AuthorId { get; set; }

    public required byte[] BodyCipher { get; set; }

    public long CreatedAtMs { get; set; }
}
