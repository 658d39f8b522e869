namespace Ward.Ingest;

/// <summary>A request waiting for its commit.</summary>
internal sealed class PendingIngest(IngestRequest request)
{
    public IngestRequest Request { get; } = request;

    public TaskCompletionSource Committed { get; } =
        new(TaskCreationOptions.RunContinuationsAsynchronously);
}
