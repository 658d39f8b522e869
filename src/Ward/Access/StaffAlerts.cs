using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Ward.Outbox;
using Ward.Practices;
using Ward.Security.Access;
using Ward.Security.Keys;
using Ward.Storage;
using Ward.Storage.Entities;
using Ward.Storage.Outbox;

namespace Ward.Access;

/// <summary>Texts to staff (compliance alerts), queued in the caller's transaction. They carry
/// no PHI: the practice, the staff member and what happened, never a patient.</summary>
internal static class StaffAlerts
{
    /// <summary>Queues <paramref name="text"/> to every active compliance officer with a mobile;
    /// returns their ids.</summary>
    public static async Task<List<string>> ToComplianceOfficersAsync(WardDbContext db,
        PracticeKeys keys, string text, long nowMs, CancellationToken cancellationToken)
    {
        var officers = await db.Users.AsNoTracking().Where(u => u.PracticeId == keys.PracticeId
            && u.Role == Role.ComplianceOfficer && u.DisabledAtMs == null && u.MobileCipher != null)
            .ToListAsync(cancellationToken);
        foreach (var officer in officers)
        {
            var to = keys.Fields.Decrypt(officer.MobileCipher!, PracticeFields.StaffMobile);
            var payload = JsonSerializer.Serialize(new OutboxPayload(to, text, null));
            db.Outbox.Add(new OutboxRow
            {
                PracticeId = keys.PracticeId, Kind = OutboxKinds.AlertSms,
                PayloadCipher = keys.Fields.Encrypt(payload, PracticeFields.OutboxPayload),
                Priority = ReplyPriority.Routine, Status = OutboxStatus.Pending,
                NextAttemptAtMs = nowMs, CreatedAtMs = nowMs,
            });
        }

        return [.. officers.Select(o => o.Id)];
    }
}
