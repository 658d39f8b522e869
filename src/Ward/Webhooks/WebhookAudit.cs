using Ward.Ingest;
using Ward.Storage.Audit;

namespace Ward.Webhooks;

/// <summary>Records refused webhooks as security events in the audit chain.</summary>
internal sealed class WebhookAudit(IngestQueue queue)
{
    public Task RejectedAsync(string? practiceId, string channel, WebhookRejection reason,
        string? sourceAddress, CancellationToken cancellationToken)
    {
        var record = new AuditRecord(practiceId ?? AuditActors.SystemPractice, AuditActors.Provider,
            channel, "webhook.rejected", "Webhook", channel, Purpose: "security",
            Outcome: Code(reason), SourceAddress: sourceAddress ?? "");
        return queue.SubmitAsync(IngestRequest.AuditOnly(record), cancellationToken);
    }

    private static string Code(WebhookRejection reason) => reason switch
    {
        WebhookRejection.TooLarge => "too-large",
        WebhookRejection.WrongContentType => "wrong-content-type",
        WebhookRejection.Malformed => "malformed",
        WebhookRejection.UnknownReceiver => "unknown-receiver",
        WebhookRejection.SignatureInvalid => "signature-invalid",
        _ => "none",
    };
}
