namespace Ward.Storage.Entities;

/// <summary>
/// Work the assistant leaves for people: a refill request, a booking, reschedule or cancel
/// request, a hand-off, a clinical question for the clinician queue. The details are in the
/// message it points to (encrypted there); this row holds ids and labels only, no PHI.
/// </summary>
public sealed class StaffTaskRow
{
    public required string Id { get; set; }

    public required string PracticeId { get; set; }

    public required string ConversationId { get; set; }

    public required string MessageId { get; set; }

    /// <summary>"refill", "booking", "reschedule", "cancel", "handoff" or "clinical".</summary>
    public required string Kind { get; set; }

    /// <summary>"open" until staff close it.</summary>
    public required string Status { get; set; }

    public required string Intent { get; set; }

    public required string Language { get; set; }

    /// <summary>The knowledge-base entries the reply cited, "id@version" comma-separated.</summary>
    public string? Citations { get; set; }

    public long CreatedAtMs { get; set; }
}
