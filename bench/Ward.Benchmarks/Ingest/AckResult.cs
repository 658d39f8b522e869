namespace Ward.Benchmarks.Ingest;

/// <summary>
/// One webhook post: HTTP status (0 when no answer came) and Stopwatch timestamps of the send
/// and of the acknowledgement.
/// </summary>
internal readonly record struct AckResult(int Status, long Started, long Acknowledged);
