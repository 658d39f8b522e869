using Microsoft.EntityFrameworkCore;
using Ward.Ingest;
using Ward.Security.Access;
using Ward.Staff.Identity;
using Ward.Storage;
using Ward.Storage.Audit;
using Ward.Storage.Entities;

namespace Ward.Staff.Inbox;

/// <summary>
/// What staff do to a conversation: assign it, take it over from the assistant and hand it
/// back, write internal notes, acknowledge emergencies. Each action checks the member's
/// permission itself, changes one practice's rows only, and is audited in the same
/// transaction. Replies are in <see cref="ReplySender"/>.
/// </summary>
internal sealed class InboxActions(WardDatabase database, AuditLog audit, IngestNotices notices,
    Practices.PracticeDirectory practices, StaffDirectory directory, TimeProvider time)
{
    public const int MaxNote = 4000;

    public Task AssignAsync(StaffMember member, string conversationId, string? staffId,
        CancellationToken cancellationToken) =>
        ChangeAsync(member, conversationId, Permission.ReadMessages, async (db, c) =>
        {
            if (staffId is not null)
            {
                var row = await directory.FindActiveAsync(member.PracticeId, staffId, cancellationToken);
                if (row is null || !AccessPolicy.Default.Decide(row.Role, Permission.ReadMessages, false).Allowed)
                {
                    throw new InboxException("staffId", "Choose a member of staff who works the inbox.");
                }
            }

            c.AssignedTo = staffId;
            return Event(member, "conversation.assigned", c.Id, "assigned_to");
        }, cancellationToken);

    /// <summary>Takes the conversation over: the assistant must stay silent while it is
    /// taken over.</summary>
    public Task TakeOverAsync(StaffMember member, string conversationId, CancellationToken cancellationToken) =>
        ChangeAsync(member, conversationId, Permission.ReplyToPatients, (db, c) =>
        {
            c.TakenOverBy = member.StaffId;
            c.TakenOverAtMs = time.GetUtcNow().ToUnixTimeMilliseconds();
            return Task.FromResult(Event(member, "conversation.taken-over", c.Id, "taken_over_by"));
        }, cancellationToken);

    public Task HandBackAsync(StaffMember member, string conversationId, CancellationToken cancellationToken) =>
        ChangeAsync(member, conversationId, Permission.ReplyToPatients, (db, c) =>
        {
            c.TakenOverBy = null;
            c.TakenOverAtMs = null;
            return Task.FromResult(Event(member, "conversation.handed-back", c.Id, "taken_over_by"));
        }, cancellationToken);

    public Task AddNoteAsync(StaffMember member, string conversationId, string? text,
        CancellationToken cancellationToken)
    {
        var note = text?.Trim();
        if (string.IsNullOrEmpty(note) || note.Length > MaxNote)
        {
            throw new InboxException("note", $"Write a note of 1 to {MaxNote} characters.");
        }

        return ChangeAsync(member, conversationId, Permission.ReadMessages, (db, c) =>
        {
            var practice = practices.ById(member.PracticeId)!;
            var row = new ConversationNoteRow
            {
                Id = Guid.CreateVersion7().ToString(), PracticeId = member.PracticeId,
                ConversationId = c.Id, AuthorId = member.StaffId,
                BodyCipher = practice.Keys.Fields.Encrypt(note, InboxFields.NoteBody),
                CreatedAtMs = time.GetUtcNow().ToUnixTimeMilliseconds(),
            };
            db.ConversationNotes.Add(row);
            return Task.FromResult(Event(member, "note.written", row.Id, "body", "Note"));
        }, cancellationToken);
    }

    /// <summary>Acknowledges an emergency message; false when someone already had.</summary>
    public async Task<bool> AcknowledgeAsync(StaffMember member, string messageId,
        CancellationToken cancellationToken)
    {
        Require(member, Permission.ReadMessages);
        await using var db = database.CreateContext();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        var changed = await db.Messages.Where(m => m.PracticeId == member.PracticeId && m.Id == messageId
                && m.Category == InboxQueries.Emergency && m.AcknowledgedAtMs == null)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.AcknowledgedAtMs, now)
                .SetProperty(m => m.AcknowledgedBy, member.StaffId), cancellationToken);
        if (changed == 0)
        {
            return false;
        }

        await audit.AppendAsync(db, [Event(member, "emergency.acknowledged", messageId,
            "acknowledged_by", "Message")], cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        notices.Publish(member.PracticeId, false);
        return true;
    }

    private async Task ChangeAsync(StaffMember member, string conversationId, Permission required,
        Func<WardDbContext, ConversationRow, Task<AuditRecord>> change, CancellationToken cancellationToken)
    {
        Require(member, required);
        await using var db = database.CreateContext();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var conversation = await db.Conversations.SingleOrDefaultAsync(
            c => c.PracticeId == member.PracticeId && c.Id == conversationId, cancellationToken)
            ?? throw new InboxException("conversation", "No such conversation.") { NotFound = true };
        var record = await change(db, conversation);
        await audit.AppendAsync(db, [record], cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        notices.Publish(member.PracticeId, false);
    }

    internal static void Require(StaffMember member, Permission required)
    {
        if (!member.MfaDone || !AccessPolicy.Default.Decide(member.Role, required, false).Allowed)
        {
            throw new UnauthorizedAccessException("Your role does not allow this.");
        }
    }

    private static AuditRecord Event(StaffMember member, string action, string id, string fields,
        string type = "Conversation") =>
        new(member.PracticeId, AuditActors.User, member.StaffId, action, type, id, fields, "treatment");
}
