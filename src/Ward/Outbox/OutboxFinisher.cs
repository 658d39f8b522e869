using System.Threading.Channels;
using Ward.Ingest;
using Ward.Storage.Outbox;

namespace Ward.Outbox;

/// <summary>
/// Hands send outcomes to the ingest writer in batches, so the outbox never competes with
/// webhooks for the database's write lock: one writer stores both.
/// </summary>
internal sealed class OutboxFinisher(IngestQueue queue, ILogger<OutboxFinisher> logger)
    : BackgroundService
{
    private const int MaxBatch = 256;
    private readonly Channel<OutboxOutcome> _outcomes = Channel.CreateUnbounded<OutboxOutcome>(
        new UnboundedChannelOptions { SingleReader = true });

    public void Add(OutboxOutcome outcome) => _outcomes.Writer.TryWrite(outcome);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var batch = new List<OutboxOutcome>(MaxBatch);
        while (await _outcomes.Reader.WaitToReadAsync(stoppingToken))
        {
            while (batch.Count < MaxBatch && _outcomes.Reader.TryRead(out var outcome))
            {
                batch.Add(outcome);
            }

            try
            {
                await queue.SubmitAsync(new IngestRequest([], [], [], [.. batch]), stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Host boundary: the rows' leases run out and they are sent again, which is
                // safer than losing track of them; the operator is told.
                WardLog.OutboxFinishFailed(logger, batch.Count, e.GetType().Name);
            }

            batch.Clear();
        }
    }
}
