using Microsoft.EntityFrameworkCore;
using Ward.PatientRights;
using Ward.Practices;
using Ward.Staff.Identity;
using Ward.Storage;

namespace Ward.Staff.Inbox;

/// <summary>Opens one thread for a member of staff: an audited read of PHI (HIPAA
/// 164.312(b)), decrypted with the patient's key (or the practice key for older
/// rows).</summary>
internal sealed class ThreadReader(WardDatabase database, PracticeDirectory practices,
    StaffAudit audit)
{
    public async Task<ThreadView?> OpenAsync(StaffMember member, string conversationId,
        CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        var conversation = await db.Conversations.AsNoTracking().SingleOrDefaultAsync(
            c => c.PracticeId == member.PracticeId && c.Id == conversationId, cancellationToken);
        if (conversation is null)
        {
            return null;
        }

        var practice = practices.ById(member.PracticeId)!;
        var vault = new PatientVault(db, practice);
        var patient = await db.Patients.AsNoTracking()
            .SingleAsync(p => p.Id == conversation.PatientId, cancellationToken);
        var cipher = await vault.CipherAsync(patient, cancellationToken);
        var messages = await db.Messages.AsNoTracking().Where(m => m.ConversationId == conversation.Id)
            .OrderBy(m => m.CreatedAtMs).ThenBy(m => m.Direction).ToListAsync(cancellationToken);
        var notes = await db.ConversationNotes.AsNoTracking()
            .Where(n => n.PracticeId == member.PracticeId && n.ConversationId == conversation.Id)
            .ToListAsync(cancellationToken);

        await audit.RecordAsync(StaffAudit.Event(member.PracticeId, member.StaffId,
            "conversation.read", "Conversation", conversation.Id, "messages.body,patients.name,notes.body",
            purpose: "treatment"), cancellationToken);

        var items = messages.Select(m => new ThreadMessage(m.Id, m.Direction,
                vault.Open(cipher, m.BodyCipher, PracticeFields.MessageBody) ?? "(erased)",
                DateTimeOffset.FromUnixTimeMilliseconds(m.CreatedAtMs), m.Category, m.Kinds,
                m.Direction == "out" ? m.DeliveryStatus : null, m.DeliveryError, m.SentBy,
                m.Category == InboxQueries.Emergency && m.AcknowledgedAtMs is null))
            .Concat(notes.Select(n => new ThreadMessage(n.Id, "note",
                practice.Keys.Fields.Decrypt(n.BodyCipher, InboxFields.NoteBody),
                DateTimeOffset.FromUnixTimeMilliseconds(n.CreatedAtMs), null, null, null, null,
                n.AuthorId, false)))
            .OrderBy(i => i.At).ToList();
        var name = vault.Open(cipher, patient.NameCipher, PracticeFields.PatientName)
            ?? "Patient " + patient.Id[^4..];
        return new ThreadView(conversation.Id, conversation.Channel, name, conversation.Language,
            conversation.AssignedTo, conversation.TakenOverBy, items,
            ServiceWindow.For(conversation.Channel, conversation.LastInboundAtMs));
    }
}
