using Ward.Storage.Audit;

namespace Ward.Storage.Tests.Audit;

/// <summary>Audit records with identifiers only, as the log expects.</summary>
internal static class Records
{
    public static AuditRecord Read(string practice, string messageId) => new(
        practice, AuditActors.User, "user-7", "message.read", "message", messageId,
        Fields: "body", Purpose: "treatment", SourceAddress: "203.0.113.9");

    public static AuditRecord[] Reads(string practice, int count, int first = 1) =>
        [.. Enumerable.Range(first, count).Select(i => Read(practice, $"msg-{i}"))];
}
