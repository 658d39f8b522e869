using Ward.Assistant;
using Ward.Assistant.Flows;
using Ward.Assistant.Understanding;
using Ward.Storage.Audit;
using Ward.Storage.Entities;

namespace Ward.Ingest;

/// <summary>
/// Records what the assistant decided, in the ingest transaction: the conversation's queue
/// (clinician or staff), a task for staff where the reply promised one (refill, booking,
/// reschedule, cancel, hand-off, clinical question), and the audit event with the intent, the
/// route and the cited entries. Ids and labels only: the details stay in the encrypted message.
/// </summary>
internal static class AssistantOutcome
{
    public static void Record(IngestBatch work, string practiceId, ConversationRow conversation,
        string messageId, AssistantReply reply)
    {
        conversation.Queue = reply.Route switch
        {
            AssistantRoute.Clinician => "clinician",
            AssistantRoute.Staff => "staff",
            _ => conversation.Queue,
        };
        var citations = string.Join(',', reply.Citations);
        if (TaskKind(reply.Action) is { } kind)
        {
            var task = new StaffTaskRow
            {
                Id = Guid.CreateVersion7().ToString(), PracticeId = practiceId,
                ConversationId = conversation.Id, MessageId = messageId, Kind = kind,
                Status = kind == IntakeConsent.TaskKind ? IntakeConsent.Awaiting : "open",
                Intent = reply.Intent.ToWire(), Language = reply.Language.Code,
                Citations = citations.Length > 0 ? citations : null,
                CreatedAtMs = conversation.LastInboundAtMs,
            };
            work.AddTask(task);
            work.PendingConsent[conversation.Id] = task;
            work.Audit.Add(new AuditRecord(practiceId, AuditActors.System, "assistant",
                "task.created", "StaffTask", task.Id, "kind,message", "treatment", Outcome: kind));
        }

        work.Audit.Add(new AuditRecord(practiceId, AuditActors.System, "assistant",
            "assistant.decided", "Message", messageId, "intent,language,route,citations",
            "treatment", Outcome: $"{reply.Intent.ToWire()}:{reply.Route.ToString().ToLowerInvariant()}"
                + (citations.Length > 0 ? ":" + citations : string.Empty)));
    }

    private static string? TaskKind(ActionKind action) => action switch
    {
        ActionKind.ClinicianQueue => "clinical",
        ActionKind.RefillTask => "refill",
        ActionKind.BookingRequest => "booking",
        ActionKind.RescheduleRequest => "reschedule",
        ActionKind.CancelRequest => "cancel",
        ActionKind.StaffHandoff => "handoff",
        ActionKind.IntakeSent => IntakeConsent.TaskKind,
        _ => null,
    };
}
