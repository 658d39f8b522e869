using System.Collections.Concurrent;
using Ward.Channels;
using Ward.Storage.Audit;
using Ward.Storage.Entities;
using Ward.Storage.Outbox;

namespace Ward.Outbox;

/// <summary>
/// Sends outbox rows. Rows written by this instance's ingest arrive here right after their
/// commit, already leased, and go out at once; a short poll claims what is due again (retries)
/// or was orphaned by another instance. Emergency rows never wait for a slot behind routine
/// ones; routine sends are bounded in number. Outcomes are stored in batches by the
/// <see cref="OutboxFinisher"/>.
/// </summary>
internal sealed class OutboxDispatcher(
    OutboxStore store,
    OutboxSender sender,
    OutboxSignal signal,
    OutboxFinisher finisher,
    AssistantModel.ModelStep model,
    TimeProvider time,
    ILogger<OutboxDispatcher> logger) : BackgroundService
{
    private const int MaxRoutineInFlight = 64;
    private const int MaxClaim = 256;
    private static readonly TimeSpan Poll = TimeSpan.FromSeconds(1);
    private readonly SemaphoreSlim _routineSlots = new(MaxRoutineInFlight, MaxRoutineInFlight);
    private readonly ConcurrentQueue<OutboxRow> _urgent = new();
    private readonly ConcurrentQueue<OutboxRow> _routine = new();
    private readonly ConcurrentDictionary<long, byte> _held = new();
    private CancellationToken _stopping;

    /// <summary>Takes committed rows that this instance leased at birth.</summary>
    public void Enqueue(IReadOnlyList<OutboxRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        foreach (var row in rows)
        {
            Hold(row);
        }

        if (rows.Count > 0)
        {
            signal.Wake();
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        _stopping = stoppingToken;

        // Claims wait on the database's write lock; they run on their own loop so that a slow
        // claim never holds back a fresh emergency that is already in memory.
        var claims = Task.Run(() => ClaimLoopAsync(stoppingToken), stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            StartQueued();
            await signal.WaitAsync(Poll, stoppingToken);
        }

        await claims;
    }

    private async Task ClaimLoopAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Poll, time);
        do
        {
            await ClaimDueAsync(stoppingToken);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private void Hold(OutboxRow row)
    {
        if (_held.TryAdd(row.Id, 0))
        {
            (row.Priority >= ReplyPriority.Emergency ? _urgent : _routine).Enqueue(row);
        }
    }

    private void StartQueued()
    {
        while (_urgent.TryDequeue(out var row))
        {
            _ = Task.Run(() => SendAsync(row, urgent: true), _stopping);
        }

        while (_routineSlots.Wait(0))
        {
            if (!_routine.TryDequeue(out var row))
            {
                _routineSlots.Release();
                return;
            }

            _ = Task.Run(() => SendAsync(row, urgent: false), _stopping);
        }
    }

    private async Task ClaimDueAsync(CancellationToken cancellationToken)
    {
        try
        {
            var rows = await store.ClaimAsync(MaxClaim, OutboxLease.Duration, cancellationToken);
            foreach (var row in rows)
            {
                Hold(row);
            }

            if (rows.Count > 0)
            {
                signal.Wake();
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Host boundary: a database hiccup must not stop the dispatcher; leases make
            // every claimed row due again, so nothing is lost.
            WardLog.OutboxClaimFailed(logger, e.GetType().Name);
        }
    }

    private async Task SendAsync(OutboxRow row, bool urgent)
    {
        var sending = row;
        try
        {
            // A row waiting for the model becomes the channel's reply first (bounded by the
            // model's budget); from then on it is sent and retried like any reply.
            if (row.Kind == OutboxKinds.AssistantModel)
            {
                sending = await model.PrepareAsync(row, _stopping);
            }

            var result = await sender.SendAsync(sending, _stopping);
            finisher.Add(Sent(sending, result.ProviderMessageId));
        }
        catch (ProviderSendException e)
        {
            finisher.Add(Failed(sending, e.Kind,
                e.ProviderCode ?? e.HttpStatus?.ToString() ?? "error"));
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            finisher.Add(Failed(sending, SendFailureKind.Retryable, e.GetType().Name));
        }
        finally
        {
            _held.TryRemove(row.Id, out _);
            if (!urgent)
            {
                _routineSlots.Release();
            }

            signal.Wake();
        }
    }

    private OutboxOutcome Sent(OutboxRow row, string providerId)
    {
        WardLog.OutboxSent(logger, row.Id, row.Kind, row.Attempts);
        return new OutboxOutcome(row.Id, OutboxStatus.Sent, providerId, null, 0, row.MessageId,
            OutboxKinds.IsLocal(row.Kind) ? "delivered" : "accepted",
            AuditFor(row, OutboxKinds.IsPage(row.Kind) ? "page.sent" : "message.sent",
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
        if (OutboxKinds.IsPage(row.Kind) || row.Priority >= ReplyPriority.Emergency)
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
