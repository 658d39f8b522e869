using Ward.Practices;
using Ward.Triage;

namespace Ward.Ingest;

/// <summary>A verified, parsed patient message with its triage decision, ready to store.</summary>
internal sealed record InboundMessage(
    string Channel,
    PracticeContext Practice,
    string ProviderMessageId,
    string SenderE164,
    string ReplyAddress,
    string? ProfileName,
    string Text,
    string ContentType,
    TriageDecision Decision);
