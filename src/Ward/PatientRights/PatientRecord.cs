namespace Ward.PatientRights;

/// <summary>Everything Ward holds on one patient, readable: the answer to a right-of-access
/// request (HIPAA 164.524, GDPR Art. 15), including who opened their records and
/// when.</summary>
internal sealed record PatientRecord(
    string PracticeId,
    string PracticeName,
    DateTimeOffset GeneratedAt,
    PatientDetails Patient,
    IReadOnlyList<ConversationRecord> Conversations,
    IReadOnlyList<ConsentRecord> Consents,
    IReadOnlyList<AccessRecord> AccessLog);

/// <summary>The patient's own details; null where erased or never given.</summary>
internal sealed record PatientDetails(
    string Id, string? Phone, string? Name, DateTimeOffset FirstContact, DateTimeOffset? ErasedAt,
    string? DateOfBirth = null);

/// <summary>One thread on one channel with its messages.</summary>
internal sealed record ConversationRecord(
    string Id, string Channel, string? Language, DateTimeOffset Started,
    IReadOnlyList<MessageRecord> Messages);

/// <summary>One message in or out; <see cref="Text"/> is null once erased.</summary>
internal sealed record MessageRecord(
    string Id, string Direction, DateTimeOffset At, string? Text, string? Category,
    string? DeliveryStatus);

/// <summary>One entry of the consent ledger.</summary>
internal sealed record ConsentRecord(
    string Purpose, string Choice, string TextShown, string Language, string Channel,
    DateTimeOffset At);

/// <summary>Who touched the patient's records, when, and why.</summary>
internal sealed record AccessRecord(
    DateTimeOffset At, string ActorType, string ActorId, string Action, string Resource,
    string Purpose);
