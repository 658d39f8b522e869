using Ward.Channels;
using Ward.Storage.Audit;
using Ward.Storage.Entities;
using Ward.Storage.Outbox;

namespace Ward.Outbox;

/// <summary>
/// Sends outbox rows as soon as they are committed, and due retries on a short poll. Each row is
/// sent on its own task, so one slow provider never holds back an emergency behind it; outcomes
/// are stored in batches by the <see cref="OutboxFinisher"/>.
/// </summary>
internal sealed class OutboxDispatcher(
    OutboxStore store,
    OutboxSender sender,
    OutboxSignal signal,
    OutboxFinisher finisher,
    TimeProvider time,
    ILogger<OutboxDispatcher> logger) : BackgroundService
{
    private const int MaxInFlight = 64;
    private static readonly TimeSpan Poll = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);
    private readonly SemaphoreSlim _slots = new(MaxInFlight, MaxInFlight);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            await signal.WaitAsync(Poll, stoppingToken);
            try
            {
                await DrainAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Host boundary: a database hiccup must not stop the dispatcher; leases make
                // every claimed row due again, so nothing is lost.
                WardLog.OutboxClaimFailed(logger, e.GetType().Name);
            }
        }
    }

    private async Task DrainAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var free = _slots.CurrentCount;
            if (free == 0)
            {
                return;
            }

            var rows = await store.ClaimAsync(free, Lease, cancellationToken);
            foreach (var row in rows)
            {
                await _slots.WaitAsync(cancellationToken);
                _ = Task.Run(() => SendAsync(row, cancellationToken), cancellationToken);
            }

            if (rows.Count < free)
            {
                return;
            }
        }
    }

    private async Task SendAsync(OutboxRow row, CancellationToken cancellationToken)
    {
        try
        {
            var result = await sender.SendAsync(row, cancellationToken);
            finisher.Add(Sent(row, result.ProviderMessageId));
        }
        catch (ProviderSendException e)
        {
            finisher.Add(Failed(row, e.Kind, e.ProviderCode ?? e.HttpStatus?.ToString() ?? "error"));
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            finisher.Add(Failed(row, SendFailureKind.Retryable, e.GetType().Name));
        }
        finally
        {
            _slots.Release();
        }
    }

    private OutboxOutcome Sent(OutboxRow row, string providerId)
    {
        WardLog.OutboxSent(logger, row.Id, row.Kind, row.Attempts);
        return new OutboxOutcome(row.Id, OutboxStatus.Sent, providerId, null, 0, row.MessageId,
            "accepted", AuditFor(row, OutboxKinds.IsPage(row.Kind) ? "page.sent" : "message.sent",
                "success"));
    }

    private OutboxOutcome Failed(OutboxRow row, SendFailureKind kind, string code)
    {
        var retry = kind == SendFailureKind.Retryable
            && row.Attempts < RetryPolicy.MaxAttempts(row.Priority);
        if (retry)
        {
            var delay = RetryPolicy.Delay(row.Attempts, row.Priority, Random.Shared);
            var next = time.GetUtcNow().Add(delay).ToUnixTimeMilliseconds();
            WardLog.OutboxRetry(logger, row.Id, row.Kind, row.Attempts, code, delay);
            return new OutboxOutcome(row.Id, OutboxStatus.Pending, null, code, next, row.MessageId,
                null, AuditFor(row, "send.failed", "retry"));
        }

        LogDeadLetter(row, code);
        return new OutboxOutcome(row.Id, OutboxStatus.Dead, null, code, 0, row.MessageId,
            "failed", AuditFor(row, "send.dead_lettered", "failure"));
    }

    private void LogDeadLetter(OutboxRow row, string code)
    {
        if (OutboxKinds.IsPage(row.Kind) || row.Priority >= 100)
        {
            WardLog.EmergencySendDead(logger, row.Id, row.Kind, row.Attempts, code);
        }
        else
        {
            WardLog.OutboxDead(logger, row.Id, row.Kind, row.Attempts, code);
        }
    }

    private static AuditRecord AuditFor(OutboxRow row, string action, string outcome) =>
        new(row.PracticeId, AuditActors.System, "dispatcher", action,
            row.MessageId is null ? "Outbox" : "Message", row.MessageId ?? row.Id.ToString(),
            "recipient,body", OutboxKinds.IsPage(row.Kind) ? "emergency-page" : "treatment",
            outcome, row.Kind);
}
