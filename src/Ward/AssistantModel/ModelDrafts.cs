using System.Text.Json;
using Ward.Assistant;
using Ward.Assistant.Knowledge;
using Ward.Assistant.Understanding;
using Ward.Ingest;
using Ward.Knowledge;

namespace Ward.AssistantModel;

/// <summary>
/// Decides, in the ingest transaction, whether an answer waits for the model: only a
/// knowledge-base answer with cited entries, when a model is configured and the outbound
/// screen let the retrieval answer through unchanged. Everything else (emergencies, holding
/// replies, requests for staff, portal links) is queued as it is, so nothing safety-related
/// ever waits on a model.
/// </summary>
internal sealed class ModelDrafts(ModelOptions options, PracticeAssistants assistants)
{
    /// <summary>The payload of an <c>assistant.model</c> row, or null to send as it is.</summary>
    public string? PayloadFor(InboundMessage message, PlannedSend send, string screenedBody,
        AssistantReply? reply)
    {
        if (!options.Enabled || reply is not { Route: AssistantRoute.Answered, Rewritten: false }
            || reply.Citations.Count == 0 || send.SafetyText || !send.IsConversationReply
            || !string.Equals(screenedBody, send.Body, StringComparison.Ordinal))
        {
            return null;
        }

        var knowledge = assistants.For(message.Practice).Knowledge;
        var entries = reply.Citations.Select(c => knowledge.Find(c.EntryId))
            .OfType<KnowledgeEntry>().Select(KnowledgeJson.Write).ToList();
        return entries.Count == 0 ? null : JsonSerializer.Serialize(new ModelDraft(send.To,
            send.Body, send.Kind, message.Channel, reply.Language.Code, reply.Intent.ToWire(),
            knowledge.Language, entries));
    }
}
