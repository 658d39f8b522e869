using Ward.Webhooks;

namespace Ward;

/// <summary>
/// Log messages of the host (event ids 5000-5199): webhooks 5000-5049, ingest 5050-5099,
/// outbox 5100-5149, start-up 5150-5199. Ids, kinds and counts only: never PHI or secrets.
/// </summary>
internal static partial class WardLog
{
    [LoggerMessage(5000, LogLevel.Warning, "Webhook refused on {Channel}: {Reason}")]
    public static partial void WebhookRejected(ILogger logger, string channel, WebhookRejection reason);

    [LoggerMessage(5001, LogLevel.Error,
        "Webhook on {Channel} not stored ({ErrorType}); answered 503 so the provider redelivers")]
    public static partial void WebhookNotStored(ILogger logger, string channel, string errorType);

    [LoggerMessage(5050, LogLevel.Debug, "Ingest committed {Requests} requests, {OutboxRows} sends")]
    public static partial void IngestCommitted(ILogger logger, int requests, int outboxRows);

    [LoggerMessage(5051, LogLevel.Warning,
        "Ingest batch of {Requests} failed ({ErrorType}); storing each request alone")]
    public static partial void IngestBatchRetriedAlone(ILogger logger, int requests, string errorType);

    [LoggerMessage(5052, LogLevel.Error, "Ingest request failed ({ErrorType}); not acknowledged")]
    public static partial void IngestFailed(ILogger logger, string errorType);

    [LoggerMessage(5100, LogLevel.Information, "Sent outbox {OutboxId} ({Kind}) on attempt {Attempt}")]
    public static partial void OutboxSent(ILogger logger, long outboxId, string kind, int attempt);

    [LoggerMessage(5101, LogLevel.Warning,
        "Outbox {OutboxId} ({Kind}) attempt {Attempt} failed with {Code}; retry in {Delay}")]
    public static partial void OutboxRetry(
        ILogger logger, long outboxId, string kind, int attempt, string code, TimeSpan delay);

    [LoggerMessage(5102, LogLevel.Error,
        "Outbox {OutboxId} ({Kind}) parked in the dead-letter list after {Attempts} attempts: {Code}")]
    public static partial void OutboxDead(
        ILogger logger, long outboxId, string kind, int attempts, string code);

    [LoggerMessage(5103, LogLevel.Critical,
        "EMERGENCY send {OutboxId} ({Kind}) failed for good after {Attempts} attempts: {Code}. " +
        "Call the on-call clinician and the patient by phone.")]
    public static partial void EmergencySendDead(
        ILogger logger, long outboxId, string kind, int attempts, string code);

    [LoggerMessage(5104, LogLevel.Error, "Outbox could not claim work ({ErrorType}); will retry")]
    public static partial void OutboxClaimFailed(ILogger logger, string errorType);

    [LoggerMessage(5105, LogLevel.Error,
        "Outbox could not store {Count} outcomes ({ErrorType}); their leases will expire")]
    public static partial void OutboxFinishFailed(ILogger logger, int count, string errorType);

    [LoggerMessage(5151, LogLevel.Error,
        "Reloading the practice directory failed ({ErrorType}); the previous one stays in use")]
    public static partial void PracticeReloadFailed(ILogger logger, string errorType);

    [LoggerMessage(5150, LogLevel.Information,
        "Ward ready: {Practices} practices, database {Provider}, master key {KeyOrigin} ({KeyId})")]
    public static partial void Ready(
        ILogger logger, int practices, string provider, string keyOrigin, string keyId);

    [LoggerMessage(5160, LogLevel.Error,
        "Breach notice overdue in practice {PracticeId}: incident {IncidentId}, {Recipient}")]
    public static partial void BreachNoticeOverdue(
        ILogger logger, string practiceId, string incidentId, string recipient);

    [LoggerMessage(5161, LogLevel.Warning, "The breach clock check failed ({ErrorType})")]
    public static partial void BreachWatchFailed(ILogger logger, string errorType);

    [LoggerMessage(5170, LogLevel.Error,
        "Reloading the knowledge bases failed ({ErrorType}); the assistants already built stay")]
    public static partial void KnowledgeReloadFailed(ILogger logger, string errorType);

    [LoggerMessage(5171, LogLevel.Error,
        "The assistant failed for a message of practice {PracticeId} ({ErrorType}); the fixed "
        + "reply was sent instead")]
    public static partial void AssistantFailed(ILogger logger, string practiceId, string errorType);

    [LoggerMessage(5172, LogLevel.Warning, "The knowledge-base expiry check failed ({ErrorType})")]
    public static partial void KnowledgeExpiryCheckFailed(ILogger logger, string errorType);

    [LoggerMessage(5180, LogLevel.Information,
        "Assistant reply {OutboxId} of practice {PracticeId}: {Source} went out ({Reason})")]
    public static partial void ModelChoice(
        ILogger logger, long outboxId, string practiceId, string source, string reason);

    [LoggerMessage(5181, LogLevel.Warning,
        "The model is refused for practice {PracticeId}: no agreement with its vendor passes the "
        + "PHI gate ({Refusal}); retrieval answers go out")]
    public static partial void ModelRefused(ILogger logger, string practiceId, string refusal);

    [LoggerMessage(5182, LogLevel.Warning,
        "Storing the model's choice for outbox row {OutboxId} failed ({ErrorType}); it is retried")]
    public static partial void ModelStoreFailed(ILogger logger, long outboxId, string errorType);
}
