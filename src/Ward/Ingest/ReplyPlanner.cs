using Ward.Assistant;
using Ward.Knowledge;
using Ward.Outbox;
using Ward.Paging;
using Ward.Practices;
using Ward.Triage;

namespace Ward.Ingest;

/// <summary>
/// Decides what a stored message sends: for an emergency the reply with the right number and,
/// in parallel, a page on every route the practice has; otherwise the assistant's reply (an
/// answer from the knowledge base, a request captured for staff, or the clinical holding reply).
/// </summary>
internal sealed class ReplyPlanner(WardOptions options, PracticeAssistants assistants,
    TimeProvider time, ILogger<ReplyPlanner> logger)
{
    // The optional model never runs here: it can take up to 10 s, so a configured model
    // rephrases the answer after the commit, from an "assistant.model" outbox row.
    /// <summary>The assistant's decision for a non-emergency message, or null when it failed
    /// (the fixed holding or acknowledgement text goes instead). It runs inside the ingest
    /// transaction: retrieval only, no network, well under a millisecond per message (bench/
    /// assistant), so the batch an emergency shares is not held back.</summary>
    public AssistantReply? Assist(InboundMessage message, string? threadLanguage)
    {
        try
        {
            return assistants.For(message.Practice).Decide(Request(message, threadLanguage));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Boundary: a fault in the assistant must never stop a message from being stored
            // and answered; the patient gets Ward's fixed reply and the operator is told.
            WardLog.AssistantFailed(logger, message.Practice.Id, e.GetType().Name);
            return null;
        }
    }

    /// <summary>The thank-you for a recorded consent answer.</summary>
    public AssistantReply ConsentRecorded(InboundMessage message, string? threadLanguage) =>
        assistants.For(message.Practice).ConsentRecorded(Request(message, threadLanguage));

    private AssistantRequest Request(InboundMessage message, string? threadLanguage)
    {
        var practice = message.Practice;
        var zone = TimeZoneInfo.FindSystemTimeZoneById(practice.Settings.TimeZone);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), zone).DateTime);
        return new AssistantRequest(message.Text, message.Decision, threadLanguage,
            practice.Language, today);
    }

    /// <summary>The sends for a message. <paramref name="careReplies"/> is false when the
    /// patient has opted out of the channel (or the message is the opt-out itself): then only
    /// an emergency is answered, since safety overrides the opt-out.</summary>
    public IReadOnlyList<PlannedSend> Plan(InboundMessage message, string conversationId,
        bool careReplies = true, AssistantReply? assistant = null)
    {
        var decision = message.Decision;
        var practice = message.Practice;
        var language = decision.Language is "und" or "" ? practice.Language : decision.Language;
        var replyKind = OutboxKinds.ReplyKindFor(message.Channel);

        if (decision.Category != TriageCategory.Emergency && !careReplies)
        {
            return [];
        }

        if (decision.Category != TriageCategory.Emergency && assistant is not null)
        {
            // The clinical holding reply is a fixed safety text; an answer passes the screen.
            var safety = assistant.Route == AssistantRoute.Clinician;
            return [new PlannedSend(replyKind, message.ReplyAddress, assistant.Text,
                ReplyPriority.Routine, true, SafetyText: safety)];
        }

        if (decision.Category != TriageCategory.Emergency)
        {
            var text = decision.Category == TriageCategory.Clinical
                ? SafetyReplies.ClinicalHolding(language, decision.Region)
                : SafetyReplies.Acknowledgement(language);
            return [new PlannedSend(replyKind, message.ReplyAddress, text, ReplyPriority.Routine, true)];
        }

        var sends = new List<PlannedSend>
        {
            new(replyKind, message.ReplyAddress, SafetyReplies.Emergency(decision, practice.Language),
                ReplyPriority.Emergency, true),
        };
        sends.AddRange(Pages(practice, decision, conversationId, message.ProviderMessageId));
        return sends;
    }

    private IEnumerable<PlannedSend> Pages(
        PracticeContext practice, TriageDecision decision, string conversationId, string messageId)
    {
        var page = new OnCallPage(
            practice.Settings.Name,
            [.. decision.Kinds.Select(k => k.ToWireName())],
            new Uri(options.PublicBaseUrl, $"inbox/conversations/{conversationId}"),
            $"ward:emergency:{practice.Id}:{conversationId}:{Fingerprint(messageId)}");

        if (practice.Settings.Sms is not null)
        {
            yield return new PlannedSend(OutboxKinds.PageSms, practice.Settings.OnCall.Mobile,
                OnCallPageText.Sms(page), ReplyPriority.Emergency, false, page);
        }

        if (practice.Settings.OnCall.PagerDutyRoutingKey is not null)
        {
            yield return new PlannedSend(OutboxKinds.PagePagerDuty, "pagerduty",
                OnCallPageText.Summary(page), ReplyPriority.Emergency, false, page);
        }
    }

    // The provider's message id is not PHI, but a short hash keeps dedup keys compact.
    private static string Fingerprint(string providerMessageId) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(
            System.Text.Encoding.UTF8.GetBytes(providerMessageId)))[..12];
}
