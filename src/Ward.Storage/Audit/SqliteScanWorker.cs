using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Ward.Storage.Audit;

/// <summary>
/// Reads rowid ranges of <c>audit_events</c> on a connection of its own, inside one deferred
/// transaction (one WAL snapshot, no write lock), and checks each event's hash as it goes.
/// </summary>
internal sealed class SqliteScanWorker : IAsyncDisposable
{
    // One value for the whole range: the rows joined by the record separator (U+001E), in the
    // order of the scan, which is rowid order (were it not, the walk would meet a break and
    // leave the log to the ordered walk). The count tells whether a separator inside a value
    // split a row in two.
    private const string Select = "SELECT count(*), group_concat(" + SqliteAuditRow.Expression
        + ", char(30)) FROM audit_events WHERE rowid >= @from AND rowid < @to";

    private const byte RecordSeparator = 0x1E;

    // A few hundred rows of a few hundred bytes stay under the large object heap's 85,000
    // bytes, so the joined value is cheap to allocate and to collect.
    private const int QueryWidth = 256;

    private readonly WardDbContext _db;
    private readonly SqliteTransaction _snapshot;
    private readonly SqliteCommand _command;
    private readonly SqliteAuditRow _rows = new();

    private SqliteScanWorker(WardDbContext db, SqliteTransaction snapshot)
    {
        _db = db;
        _snapshot = snapshot;
        _command = snapshot.Connection!.CreateCommand();
        _command.Transaction = snapshot;
        _command.CommandText = Select;
        _command.Parameters.Add("@from", SqliteType.Integer);
        _command.Parameters.Add("@to", SqliteType.Integer);
    }

    public static async Task<SqliteScanWorker> OpenAsync(
        WardDatabase database, CancellationToken cancellationToken)
    {
        var db = database.CreateContext();
        try
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
            var connection = (SqliteConnection)db.Database.GetDbConnection();
            return new SqliteScanWorker(db, connection.BeginTransaction(deferred: true));
        }
        catch
        {
            await db.DisposeAsync();
            throw;
        }
    }

    /// <summary>Fills <paramref name="segment"/> with the events whose rowid is in
    /// [<paramref name="from"/>, <paramref name="to"/>), in rowid order.</summary>
    public void Read(long from, long to, ChainLinkSegment segment)
    {
        for (var start = from; start < to && !segment.Unsure; start += QueryWidth)
        {
            ReadQuery(start, Math.Min(to, start + QueryWidth), segment);
        }
    }

    public async ValueTask DisposeAsync()
    {
        _rows.Dispose();
        await _command.DisposeAsync();
        await _snapshot.DisposeAsync();
        await _db.Database.CloseConnectionAsync();
        await _db.DisposeAsync();
    }

    private void ReadQuery(long from, long to, ChainLinkSegment segment)
    {
        _command.Parameters[0].Value = from;
        _command.Parameters[1].Value = to;
        using DbDataReader reader = _command.ExecuteReader();
        reader.Read();
        var count = reader.GetInt64(0);
        if (count == 0)
        {
            return;
        }

        var before = segment.Count;
        var rows = reader.GetFieldValue<byte[]>(1);
        segment.Unsure = !Split(rows, segment) || segment.Count - before != count;
    }

    private bool Split(ReadOnlySpan<byte> rows, ChainLinkSegment segment)
    {
        while (true)
        {
            var end = rows.IndexOf(RecordSeparator);
            var row = end < 0 ? rows : rows[..end];
            if (segment.Count == segment.Capacity
                || !_rows.TryRead(row, out var link))
            {
                return false;
            }

            segment.Add(link);
            if (end < 0)
            {
                return true;
            }

            rows = rows[(end + 1)..];
        }
    }
}
