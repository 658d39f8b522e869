using System.Text.Json;
using Ward.Assistant;
using Ward.Disclosure;
using Ward.Keys;
using Ward.Outbox;
using Ward.Practices;
using Ward.Storage;
using Ward.Storage.Audit;
using Ward.Storage.Entities;
using Ward.Storage.Outbox;
using Ward.Triage;

namespace Ward.Ingest;

/// <summary>
/// Stores a batch of webhook work in one transaction: new messages (encrypted), their triage
/// decisions, the replies and pages they cause (as outbox rows) and the audit events. Messages
/// already seen are skipped, since providers redeliver.
/// </summary>
internal sealed class IngestStore(
    WardDatabase database, AuditLog audit, OutboxStore outbox, ReplyPlanner planner,
    OutboundScreen screen, AssistantModel.ModelDrafts drafts, PracticeKeyStore keyStore,
    TimeProvider time)
{
    /// <summary>Commits the batch; returns the outbox rows it wrote, ids assigned.</summary>
    public async Task<IReadOnlyList<OutboxRow>> StoreAsync(
        IReadOnlyList<IngestRequest> batch, CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var work = new IngestBatch(db, time.GetUtcNow().ToUnixTimeMilliseconds(), keyStore);

        var fresh = await work.WithoutDuplicatesAsync(
            batch.SelectMany(r => r.Messages), cancellationToken);
        await work.PreloadAsync(fresh, cancellationToken);
        foreach (var message in fresh)
        {
            StoreMessage(work, message);
        }

        await work.ApplyDeliveriesAsync(batch.SelectMany(r => r.Deliveries), cancellationToken);
        var outcomes = batch.SelectMany(r => r.Outcomes ?? []).ToList();
        await outbox.ApplyAsync(db, outcomes, cancellationToken);
        work.Audit.AddRange(batch.SelectMany(r => r.Events));
        work.Audit.AddRange(outcomes.Select(o => o.Audit));
        await audit.AppendAsync(db, work.Audit, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return work.Outbox;
    }

    private void StoreMessage(IngestBatch work, InboundMessage message)
    {
        var practice = message.Practice;
        var patient = work.Patient(message);
        var conversation = work.Conversation(message, patient);
        var stored = work.AddInbound(message, patient, conversation);

        work.Audit.Add(new AuditRecord(practice.Id, AuditActors.Patient, patient.Id,
            "message.received", "Message", stored.Id, "body,sender", "treatment",
            SourceAddress: message.Channel));
        work.Audit.Add(new AuditRecord(practice.Id, AuditActors.System, "triage",
            "triage.decided", "Message", stored.Id, "category,kinds,numbers", "treatment",
            Outcome: stored.Category!));

        var answers = MayAnswer(work, message, patient, stored, conversation.TakenOverBy);
        var assistant = answers && message.Decision.Category != TriageCategory.Emergency
            ? Assist(work, message, patient, conversation, stored)
            : null;
        conversation.Language = assistant?.Language.Code ?? (message.Decision.Language is "und"
            ? conversation.Language : message.Decision.Language);

        foreach (var send in planner.Plan(message, conversation.Id, answers, assistant))
        {
            var replyId = send.IsConversationReply
                ? work.AddOutbound(message, patient, conversation, send.Body).Id
                : null;
            var body = send.SafetyText ? send.Body
                : Screened(work, message, conversation, send, replyId!);
            // An answer a configured model may rephrase waits in its own row: the model runs
            // after this commit, never inside it.
            var draft = drafts.PayloadFor(message, send, body, assistant);
            var queued = draft is null ? send : send with { Kind = OutboxKinds.AssistantModel };
            var payload = draft
                ?? JsonSerializer.Serialize(new OutboxPayload(send.To, body, send.Page));
            work.AddOutbox(practice, queued, replyId, patient.Id,
                practice.Keys.Fields.Encrypt(payload, PracticeFields.OutboxPayload));
            work.Audit.Add(new AuditRecord(practice.Id, AuditActors.System, "ingest",
                "outbox.enqueued", queued.Kind, replyId ?? stored.Id, "recipient,body",
                OutboxKinds.IsPage(send.Kind) ? "emergency-page" : "treatment"));
        }
    }

    // Whether Ward's own replies may go: not after an opt-out (or the opt-out itself), and not
    // while a person has taken the conversation over. An emergency is answered regardless.
    private static bool MayAnswer(IngestBatch work, InboundMessage message, PatientRow patient,
        MessageRow stored, string? takenOverBy)
    {
        var practice = message.Practice;
        var keyword = work.Consents.RecordKeyword(message, patient, stored);
        if (keyword)
        {
            work.Audit.Add(new AuditRecord(practice.Id, AuditActors.Patient, patient.Id,
                "consent.recorded", "Consent", stored.Id, "purpose,choice", "consent",
                SourceAddress: message.Channel));
        }

        var careReplies = !keyword && work.Consents.MayReply(patient, message.Channel);
        var emergency = message.Decision.Category == TriageCategory.Emergency;
        var withheld = emergency ? null
            : !keyword && !careReplies ? "opted-out"
            : careReplies && takenOverBy is not null ? "taken-over"
            : null;
        if (withheld is not null)
        {
            work.Audit.Add(new AuditRecord(practice.Id, AuditActors.System, "ingest",
                "reply.withheld", "Message", stored.Id, "",
                withheld == "opted-out" ? "consent" : "treatment", Outcome: withheld));
        }

        return careReplies && takenOverBy is null;
    }

    // Null when the assistant failed: the planner then sends Ward's fixed reply.
    private AssistantReply? Assist(IngestBatch work, InboundMessage message,
        PatientRow patient, ConversationRow conversation, MessageRow stored)
    {
        var assistant = IntakeConsent.TryRecord(
                work, planner, message, patient, conversation, stored)
            ?? planner.Assist(message, conversation.Language);
        if (assistant is not null)
        {
            AssistantOutcome.Record(work, message.Practice.Id, conversation, stored.Id, assistant);
        }

        return assistant;
    }

    private string Screened(IngestBatch work, InboundMessage message, ConversationRow conversation,
        PlannedSend send, string replyId)
    {
        var screened = screen.Screen(message.Practice, message.Channel, send.Body,
            conversation.Language ?? message.Practice.Language, replyId);
        if (screened.Audit is { } record)
        {
            work.Audit.Add(record);
        }

        return screened.Body;
    }
}
