using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Ward.Disclosure;
using Ward.Ingest;
using Ward.Outbox;
using Ward.PatientRights;
using Ward.Practices;
using Ward.Security.Access;
using Ward.Staff.Identity;
using Ward.Storage;
using Ward.Storage.Audit;
using Ward.Storage.Entities;
using Ward.Storage.Outbox;

namespace Ward.Staff.Inbox;

/// <summary>
/// Sends a staff reply through the outbox: the message is stored encrypted, the outbox row is
/// written in the same transaction with the text the PHI screen lets out, and the dispatcher
/// sends it at once. On WhatsApp, free text is refused once the 24-hour window has closed;
/// only an approved template may go then.
/// </summary>
internal sealed class ReplySender(WardDatabase database, AuditLog audit, IngestNotices notices,
    PracticeDirectory practices, OutboundScreen screen, OutboxDispatcher dispatcher,
    IOptions<StaffOptions> options, TimeProvider time)
{
    public const int MaxText = 1600;

    public async Task<string> ReplyAsync(StaffMember member, string conversationId, string? text,
        CancellationToken cancellationToken)
    {
        var body = text?.Trim();
        if (string.IsNullOrEmpty(body) || body.Length > MaxText)
        {
            throw new InboxException("text", $"Write a reply of 1 to {MaxText} characters.");
        }

        return await SendAsync(member, conversationId, body, null, cancellationToken);
    }

    public async Task<string> SendTemplateAsync(StaffMember member, string conversationId,
        string? templateName, CancellationToken cancellationToken)
    {
        var template = options.Value.Templates.FirstOrDefault(t => t.Name == templateName)
            ?? throw new InboxException("template", "Choose one of the approved templates.");
        var practice = practices.ById(member.PracticeId)!;
        var send = new TemplateSend(template.Name, template.Language, [practice.Settings.Name]);
        var shown = template.Text.Replace("{{1}}", practice.Settings.Name, StringComparison.Ordinal);
        return await SendAsync(member, conversationId, shown, send, cancellationToken);
    }

    private async Task<string> SendAsync(StaffMember member, string conversationId, string text,
        TemplateSend? template, CancellationToken cancellationToken)
    {
        InboxActions.Require(member, Permission.ReplyToPatients);
        var practice = practices.ById(member.PracticeId)!;
        var now = time.GetUtcNow();
        await using var db = database.CreateContext();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var conversation = await db.Conversations.AsNoTracking().SingleOrDefaultAsync(
            c => c.PracticeId == member.PracticeId && c.Id == conversationId, cancellationToken)
            ?? throw new InboxException("conversation", "No such conversation.") { NotFound = true };
        CheckWindow(conversation, template, now);

        var vault = new PatientVault(db, practice);
        var patient = await db.Patients.AsNoTracking().SingleAsync(p => p.Id == conversation.PatientId,
            cancellationToken);
        var cipher = await vault.CipherAsync(patient, cancellationToken);
        var message = new MessageRow
        {
            Id = Guid.CreateVersion7().ToString(), PracticeId = practice.Id,
            ConversationId = conversation.Id, Direction = "out", Channel = conversation.Channel,
            BodyCipher = (cipher ?? practice.Keys.Fields).Encrypt(text, PracticeFields.MessageBody),
            DeliveryStatus = "queued", SentBy = member.StaffId, CreatedAtMs = now.ToUnixTimeMilliseconds(),
            ContentType = template is null ? "text" : "template",
        };
        db.Messages.Add(message);
        var records = new List<AuditRecord>
        {
            new(practice.Id, AuditActors.User, member.StaffId, "message.sent", "Message", message.Id,
                "body", "treatment"),
        };
        var row = Outbox(db, practice, conversation, vault, cipher, message, text, template, records);
        await audit.AppendAsync(db, records, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        dispatcher.Enqueue([row]);
        notices.Publish(practice.Id, false);
        return message.Id;
    }

    private OutboxRow Outbox(WardDbContext db, PracticeContext practice, ConversationRow conversation,
        PatientVault vault, Security.FieldCipher? cipher, MessageRow message, string text,
        TemplateSend? template, List<AuditRecord> records)
    {
        var to = vault.Open(cipher, conversation.ReplyAddressCipher, PracticeFields.ReplyAddress)
            ?? throw new InboxException("conversation", "This patient's address was erased.");
        string body;
        if (template is null)
        {
            var screened = screen.Screen(practice, conversation.Channel, text,
                conversation.Language ?? practice.Language, message.Id);
            body = screened.Body;
            if (screened.Audit is { } withheld)
            {
                records.Add(withheld);
            }
        }
        else
        {
            body = JsonSerializer.Serialize(template);
        }

        var now = message.CreatedAtMs;
        var row = new OutboxRow
        {
            PracticeId = practice.Id, MessageId = message.Id, PatientId = conversation.PatientId,
            Kind = template is not null ? OutboxKinds.WhatsAppTemplate
                : OutboxKinds.ReplyKindFor(conversation.Channel),
            PayloadCipher = practice.Keys.Fields.Encrypt(
                JsonSerializer.Serialize(new OutboxPayload(to, body, null)), PracticeFields.OutboxPayload),
            Priority = ReplyPriority.Routine, Status = OutboxStatus.Pending, Attempts = 1,
            NextAttemptAtMs = now, CreatedAtMs = now,
            LeaseUntilMs = now + (long)OutboxLease.Duration.TotalMilliseconds,
        };
        db.Outbox.Add(row);
        records.Add(new AuditRecord(practice.Id, AuditActors.User, message.SentBy!, "outbox.enqueued",
            row.Kind, message.Id, "recipient,body", "treatment"));
        return row;
    }

    private static void CheckWindow(ConversationRow conversation, TemplateSend? template,
        DateTimeOffset now)
    {
        var window = ServiceWindow.For(conversation.Channel, conversation.LastInboundAtMs);
        if (template is null && !window.IsOpen(now))
        {
            throw new InboxException("text", "The 24-hour WhatsApp window has closed: only an "
                + "approved template can be sent until the patient writes again.");
        }

        if (template is not null && conversation.Channel != ChannelNames.WhatsApp)
        {
            throw new InboxException("template", "Templates are for WhatsApp conversations only.");
        }
    }
}
