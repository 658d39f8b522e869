namespace Ward.AssistantModel;

/// <summary>
/// The payload of an <c>assistant.model</c> outbox row: the retrieval answer that goes out if
/// the model's rephrasing does not, and what the model may see. Stored encrypted like every
/// payload, since the recipient is PHI.
/// </summary>
/// <param name="To">The patient's reply address.</param>
/// <param name="Draft">The retrieval answer, already through the outbound screen.</param>
/// <param name="ReplyKind">The outbox kind that carries the reply on the channel.</param>
/// <param name="Channel">The conversation's channel.</param>
/// <param name="Language">The reply language (ISO 639-1).</param>
/// <param name="Intent">The intent, by its wire name.</param>
/// <param name="KnowledgeLanguage">The knowledge base's own language.</param>
/// <param name="Entries">The cited entries as stored (JSON), at the cited versions.</param>
internal sealed record ModelDraft(
    string To, string Draft, string ReplyKind, string Channel, string Language, string Intent,
    string KnowledgeLanguage, IReadOnlyList<string> Entries);
