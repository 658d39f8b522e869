using Ward.Outbox;
using Ward.Storage.Entities;
using Ward.Storage.Outbox;

namespace Ward.Access;

/// <summary>Outbox rows that text a member of staff (compliance alerts). They carry no PHI:
/// the practice, the staff member and what happened, never a patient.</summary>
internal static class StaffAlerts
{
    public static OutboxRow Row(string practiceId, byte[] payloadCipher, long nowMs) => new()
    {
        PracticeId = practiceId, Kind = OutboxKinds.AlertSms, PayloadCipher = payloadCipher,
        Priority = ReplyPriority.Routine, Status = OutboxStatus.Pending, NextAttemptAtMs = nowMs,
        CreatedAtMs = nowMs,
    };
}
