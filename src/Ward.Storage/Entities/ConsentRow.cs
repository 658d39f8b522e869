namespace Ward.Storage.Entities;

/// <summary>One entry of the consent ledger: a patient's answer for one purpose, with the exact
/// text they were shown, its language, the channel and the message that carried the answer.
/// Entries are never changed; a withdrawal is a new entry.</summary>
public sealed class ConsentRow
{
    public long Id { get; set; }

    public required string PracticeId { get; set; }

    public required string PatientId { get; set; }

    public required string Purpose { get; set; }

    public required string Choice { get; set; }

    public required string TextShown { get; set; }

    public required string Language { get; set; }

    public required string Channel { get; set; }

    public string? MessageId { get; set; }

    public required string RecordedBy { get; set; }

    public long RecordedAtMs { get; set; }
}
