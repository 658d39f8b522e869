using System.Threading.Channels;

namespace Ward.Ingest;

/// <summary>
/// Hands webhook work to the single writer and waits until it is committed. Many requests wait
/// on one commit (group commit), which is how fsync'd durability and throughput go together.
/// </summary>
internal sealed class IngestQueue
{
    private readonly Channel<PendingIngest> _channel = Channel.CreateBounded<PendingIngest>(
        new BoundedChannelOptions(10_000) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });

    public ChannelReader<PendingIngest> Reader => _channel.Reader;

    /// <summary>Returns once the request is durably stored; throws if it could not be.</summary>
    public async Task SubmitAsync(IngestRequest request, CancellationToken cancellationToken)
    {
        var pending = new PendingIngest(request);
        await _channel.Writer.WriteAsync(pending, cancellationToken);
        await pending.Committed.Task.WaitAsync(cancellationToken);
    }

    public void Complete() => _channel.Writer.TryComplete();
}
