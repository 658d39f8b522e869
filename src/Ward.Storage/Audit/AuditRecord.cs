namespace Ward.Storage.Audit;

/// <summary>
/// An audit event to append: who did what to which record, which fields, why, and how it ended.
/// Identifiers and codes only: never message text, names or phone numbers.
/// </summary>
public sealed record AuditRecord(
    string PracticeId,
    string ActorType,
    string ActorId,
    string Action,
    string ResourceType,
    string ResourceId,
    string Fields = "",
    string Purpose = "",
    string Outcome = "success",
    string SourceAddress = "");
