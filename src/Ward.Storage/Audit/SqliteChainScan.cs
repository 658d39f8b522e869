using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Ward.Security.Audit;

namespace Ward.Storage.Audit;

/// <summary>
/// The fast way to prove a SQLite audit log intact: the table is read in rowid ranges by one
/// worker per core, each on its own connection, and the ranges are walked in rowid order.
/// Rowid order is the order the events were appended, so each practice's events come in
/// sequence order and the walk needs no index lookups. The walk only ever says "intact": if it
/// meets anything else (a break, a gap, an unreadable row, a range that changed under it), the
/// caller walks the events ordered by practice and sequence instead, which names the first
/// break exactly.
/// </summary>
internal static class SqliteChainScan
{
    private const int RangeWidth = 1024;
    private const int Ahead = 4;

    /// <summary>The verification when every chain is intact, or null when the ordered walk
    /// must decide.</summary>
    public static async Task<AuditVerification?> TryVerifyAsync(
        WardDatabase database, WardDbContext snapshot, AuditChainWalker walker,
        IReadOnlyDictionary<string, ChainHead> heads, CancellationToken cancellationToken)
    {
        var range = await RowidRangeAsync(snapshot, cancellationToken);
        if (range is not var (first, last) || !IsDense(first, last, heads))
        {
            return null;
        }

        var ranges = ((last - first) / RangeWidth) + 1;
        var workers = (int)Math.Min(Math.Clamp(Environment.ProcessorCount, 1, 4), ranges);
        var lanes = Enumerable.Range(0, workers).Select(_ => new Lane()).ToArray();

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var reading = lanes.Select((lane, w) => Task.Run(
            () => ReadAsync(database, lane, (first, last), w, workers, stop.Token),
            CancellationToken.None)).ToArray();
        try
        {
            var intact = await WalkAsync(lanes, ranges, walker, stop.Token);
            return intact && walker.Finish(heads) is null
                ? new AuditVerification(walker.Count, null)
                : null;
        }
        finally
        {
            await stop.CancelAsync();
            await WhenStoppedAsync(reading);
        }
    }

    private static async Task<bool> WalkAsync(
        Lane[] lanes, long ranges, AuditChainWalker walker, CancellationToken stop)
    {
        for (var r = 0L; r < ranges; r++)
        {
            var lane = lanes[r % lanes.Length];
            var segment = await lane.Full.Reader.ReadAsync(stop);
            if (segment.Unsure || !Walk(segment, walker))
            {
                return false;
            }

            segment.Reset();
            lane.Free.Writer.TryWrite(segment);
        }

        return true;
    }

    private static bool Walk(ChainLinkSegment segment, AuditChainWalker walker)
    {
        foreach (var link in segment.Links)
        {
            var problem = walker.Step(
                link.PracticeId, link.Sequence, link.PreviousHash, link.Hash, link.HashMatches);
            if (problem is not null)
            {
                return false;
            }
        }

        return true;
    }

    // Each worker reads every workers-th range. Ranges end at the last rowid of the caller's
    // snapshot: rows appended since then are not part of what the heads describe.
    private static async Task ReadAsync(
        WardDatabase database, Lane lane, (long First, long Last) rowids, int worker,
        int workers, CancellationToken stop)
    {
        try
        {
            await using var reader = await SqliteScanWorker.OpenAsync(database, stop);
            for (var from = rowids.First + ((long)worker * RangeWidth); from <= rowids.Last;
                from += (long)workers * RangeWidth)
            {
                var segment = await lane.Free.Reader.ReadAsync(stop);
                reader.Read(from, Math.Min(from + RangeWidth, rowids.Last + 1), segment);
                await lane.Full.Writer.WriteAsync(segment, stop);
            }
        }
        finally
        {
            // A worker that fails must not leave the walk waiting for its next range.
            lane.Full.Writer.TryComplete();
        }
    }

    private static async Task WhenStoppedAsync(Task[] reading)
    {
        try
        {
            await Task.WhenAll(reading);
        }
        catch (OperationCanceledException)
        {
            // The walk ended first; the readers were told to stop.
        }
    }

    private static async Task<(long First, long Last)?> RowidRangeAsync(
        WardDbContext db, CancellationToken cancellationToken)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        // Two subqueries, since SQLite answers a lone min() or max() from the b-tree's ends but
        // scans the table for both in one.
        command.CommandText = "SELECT (SELECT min(rowid) FROM audit_events), "
            + "(SELECT max(rowid) FROM audit_events)";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return reader.IsDBNull(0) ? null : (reader.GetInt64(0), reader.GetInt64(1));
    }

    // Rowids are dense when events were only appended and purged from the old end. Far more
    // rowids than events means someone chose rowids; the ordered walk handles that without
    // scanning millions of empty ranges.
    private static bool IsDense(long first, long last, IReadOnlyDictionary<string, ChainHead> heads)
    {
        var appended = heads.Values.Sum(h => h.Sequence);
        return last - first < (2 * appended) + (16 * RangeWidth);
    }

    /// <summary>One worker's segments: filled ones on their way to the walk, free ones on their
    /// way back.</summary>
    private sealed class Lane
    {
        public Lane()
        {
            for (var i = 0; i < Ahead + 1; i++)
            {
                Free.Writer.TryWrite(new ChainLinkSegment(RangeWidth));
            }
        }

        public Channel<ChainLinkSegment> Full { get; } = Channel.CreateBounded<ChainLinkSegment>(
            new BoundedChannelOptions(Ahead) { SingleReader = true, SingleWriter = true });

        public Channel<ChainLinkSegment> Free { get; } =
            Channel.CreateUnbounded<ChainLinkSegment>();
    }
}
