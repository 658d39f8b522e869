namespace Ward.Storage.Entities;

/// <summary>One patient's thread on one channel.</summary>
public sealed class ConversationRow
{
    public required string Id { get; set; }

    public required string PracticeId { get; set; }

    public required string PatientId { get; set; }

    public required string Channel { get; set; }

    public required byte[] ReplyAddressCipher { get; set; }

    public string? Language { get; set; }

    public string? LastCategory { get; set; }

    /// <summary>Who must read the thread next: "clinician", "staff", or null when the
    /// assistant answered.</summary>
    public string? Queue { get; set; }

    public long LastInboundAtMs { get; set; }

    public long CreatedAtMs { get; set; }

    /// <summary>The staff member (users.id) the conversation is assigned to, if any.</summary>
    public string? AssignedTo { get; set; }

    /// <summary>Set while a person has taken the conversation over from the assistant; the
    /// assistant must not answer while it is set.</summary>
    public string? TakenOverBy { get; set; }

    public long? TakenOverAtMs { get; set; }
}
