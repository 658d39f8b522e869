using Ward.Assistant;
using Ward.Assistant.Flows;
using Ward.Compliance.Consent;
using Ward.Storage.Audit;
using Ward.Storage.Entities;

namespace Ward.Ingest;

/// <summary>
/// Consent to AI-assisted intake, in the patient's language: the intake link goes out with a
/// yes-or-no question (a task awaits the answer); a plain yes or no as the next message is
/// recorded in the consent ledger with the exact question shown, and the patient is thanked.
/// Anything else leaves the question open and is handled as a new message.
/// </summary>
internal static class IntakeConsent
{
    public const string TaskKind = "intake-consent";
    public const string Awaiting = "awaiting-patient";

    /// <summary>Records the answer when the message is one; returns the reply, or null.</summary>
    public static AssistantReply? TryRecord(IngestBatch work, ReplyPlanner planner,
        InboundMessage message, PatientRow patient, ConversationRow conversation, MessageRow stored)
    {
        if (!work.PendingConsent.TryGetValue(conversation.Id, out var task)
            || ConsentAnswer.Read(message.Text) is not { } granted)
        {
            return null;
        }

        work.Consents.RecordAnswer(message, patient, stored, ConsentPurpose.AiAssistedIntake,
            granted, AssistantEngine.IntakeConsentQuestion(task.Language), task.Language);
        task.Status = granted ? "granted" : "declined";
        work.PendingConsent.Remove(conversation.Id);
        work.Audit.Add(new AuditRecord(patient.PracticeId, AuditActors.Patient, patient.Id,
            "consent.recorded", "Consent", stored.Id, "purpose,choice", "consent",
            Outcome: granted ? "granted" : "withdrawn", SourceAddress: message.Channel));
        return planner.ConsentRecorded(message, conversation.Language);
    }
}
