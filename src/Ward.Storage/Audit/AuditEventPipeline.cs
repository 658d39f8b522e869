using System.Data.Common;
using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Ward.Security.Audit;

namespace Ward.Storage.Audit;

/// <summary>
/// Streams the audit events, ordered by practice and sequence, through a chain walk on two
/// threads: this one reads batches with a plain data reader (no entity materialisation, no
/// tracking) while a second hashes and walks the batch read before, in order, so the sequence
/// and previous-hash checks see the events exactly as the database orders them. This is the
/// walk that names the first break; it works the same on both databases.
/// </summary>
internal static class AuditEventPipeline
{
    public const int BatchSize = 4096;
    private const int Depth = 3;

    private const string Select = """
        SELECT practice_id, sequence, occurred_at_ms, actor_type, actor_id, action,
               resource_type, resource_id, fields, purpose, outcome, source_address,
               previous_hash, hash
        FROM audit_events ORDER BY practice_id, sequence
        """;

    /// <summary>Walks every event; returns the first break, or null when the events end
    /// without one (the caller then checks the heads).</summary>
    public static async Task<AuditBreak?> WalkAsync(
        WardDbContext db, AuditChainWalker walker, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var full = Channel.CreateBounded<AuditEventBatch>(
            new BoundedChannelOptions(Depth) { SingleReader = true, SingleWriter = true });
        var empty = Channel.CreateUnbounded<AuditEventBatch>();
        for (var i = 0; i < Depth + 2; i++)
        {
            empty.Writer.TryWrite(new AuditEventBatch(BatchSize));
        }

        var checker = Task.Run(
            () => CheckAsync(full.Reader, empty.Writer, walker, stop),
            CancellationToken.None);
        try
        {
            await ReadAsync(db, full.Writer, empty.Reader, stop.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // The checker found a break or failed and stopped the reading; its task says which.
        }
        finally
        {
            full.Writer.TryComplete();
        }

        return await checker;
    }

    private static async Task ReadAsync(
        WardDbContext db, ChannelWriter<AuditEventBatch> full,
        ChannelReader<AuditEventBatch> empty, CancellationToken cancellationToken)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = Select;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);

        var batch = await empty.ReadAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            batch.Add(ReadEntry(reader));
            if (batch.IsFull)
            {
                await full.WriteAsync(batch, cancellationToken);
                batch = await empty.ReadAsync(cancellationToken);
            }
        }

        if (batch.Count > 0)
        {
            await full.WriteAsync(batch, cancellationToken);
        }
    }

    private static AuditEntry ReadEntry(DbDataReader r) => new(
        r.GetInt64(1), r.GetString(0), r.GetInt64(2), r.GetString(3), r.GetString(4),
        r.GetString(5), r.GetString(6), r.GetString(7), r.GetString(8), r.GetString(9),
        r.GetString(10), r.GetString(11), r.GetString(12), r.GetString(13));

    private static async Task<AuditBreak?> CheckAsync(
        ChannelReader<AuditEventBatch> full, ChannelWriter<AuditEventBatch> empty,
        AuditChainWalker walker, CancellationTokenSource stop)
    {
        try
        {
            await foreach (var batch in full.ReadAllAsync(CancellationToken.None))
            {
                var problem = batch.Walk(walker);
                batch.Clear();
                if (problem is not null)
                {
                    return problem;
                }

                empty.TryWrite(batch);
            }

            return null;
        }
        finally
        {
            // Whatever ended the walk (a break, an error), the reader has nothing left to do.
            await stop.CancelAsync();
        }
    }
}
