using Ward.Outbox;
using Ward.Storage.Entities;

namespace Ward.Ingest;

/// <summary>
/// The one writer of webhook work: it takes whatever requests are waiting (up to a batch),
/// commits them in one transaction, then releases every waiting webhook and wakes the outbox.
/// If a batch fails, each request is retried alone so one bad request cannot sink the others.
/// </summary>
internal sealed class IngestWriter(
    IngestQueue queue, IngestStore store, OutboxDispatcher outbox, IngestNotices notices,
    ILogger<IngestWriter> logger)
    : BackgroundService
{
    private const int MaxBatch = 256;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var batch = new List<PendingIngest>(MaxBatch);
        while (await queue.Reader.WaitToReadAsync(stoppingToken))
        {
            while (batch.Count < MaxBatch && queue.Reader.TryRead(out var pending))
            {
                batch.Add(pending);
            }

            await CommitAsync(batch, stoppingToken);
            batch.Clear();
        }
    }

    private async Task CommitAsync(List<PendingIngest> batch, CancellationToken cancellationToken)
    {
        try
        {
            var rows = await store.StoreAsync([.. batch.Select(p => p.Request)], cancellationToken);
            Release(batch, rows);
        }
        catch (Exception e) when (batch.Count > 1 && e is not OperationCanceledException)
        {
            WardLog.IngestBatchRetriedAlone(logger, batch.Count, e.GetType().Name);
            foreach (var pending in batch)
            {
                await CommitAsync([pending], cancellationToken);
            }
        }
        catch (Exception e)
        {
            // Host boundary: the webhook answers 503 and the provider redelivers later.
            WardLog.IngestFailed(logger, e.GetType().Name);
            batch.ForEach(p => p.Committed.TrySetException(e));
        }
    }

    private void Release(List<PendingIngest> batch, IReadOnlyList<OutboxRow> rows)
    {
        outbox.Enqueue(rows);
        batch.ForEach(p => p.Committed.TrySetResult());
        WardLog.IngestCommitted(logger, batch.Count, rows.Count);
        Notify(batch);
    }

    private void Notify(List<PendingIngest> batch)
    {
        var messages = batch.SelectMany(p => p.Request.Messages).ToList();
        foreach (var practice in messages.GroupBy(m => m.Practice.Id))
        {
            notices.Publish(practice.Key,
                practice.Any(m => m.Decision.Category == Triage.TriageCategory.Emergency));
        }

        if (batch.Any(p => p.Request.Deliveries.Count > 0 || (p.Request.Outcomes?.Count ?? 0) > 0))
        {
            notices.Publish(null, false);
        }
    }
}
