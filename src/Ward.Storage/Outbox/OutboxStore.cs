using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Ward.Storage.Audit;
using Ward.Storage.Entities;

namespace Ward.Storage.Outbox;

/// <summary>
/// Claims due outbox rows for sending and stores what came of them. A claim is a lease: a row
/// whose worker died becomes due again when the lease runs out. On PostgreSQL several instances
/// claim side by side with <c>FOR UPDATE SKIP LOCKED</c>.
/// </summary>
public sealed class OutboxStore(WardDatabase database, AuditLog audit, TimeProvider time)
{
    private const string Candidates =
        "SELECT id FROM outbox WHERE status = 'pending' AND next_attempt_at_ms <= @now " +
        "AND lease_until_ms <= @now ORDER BY priority DESC, id LIMIT @max";

    /// <summary>Claims up to <paramref name="max"/> due rows for <paramref
    /// name="lease"/>.</summary>
    public async Task<IReadOnlyList<OutboxRow>> ClaimAsync(
        int max, TimeSpan lease, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        await using var db = database.CreateContext();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        var lockClause = database.IsPostgres ? " FOR UPDATE SKIP LOCKED" : "";
        var ids = await ClaimIdsAsync(db, lockClause, now, max, now + (long)lease.TotalMilliseconds,
            cancellationToken);
        var rows = ids.Count == 0
            ? []
            : await db.Outbox.AsNoTracking().Where(o => ids.Contains(o.Id))
                .OrderByDescending(o => o.Priority).ThenBy(o => o.Id)
                .ToListAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return rows;
    }

    /// <summary>Stores outcomes, delivery states and their audit events in one
    /// transaction.</summary>
    public async Task FinishAsync(
        IReadOnlyList<OutboxOutcome> outcomes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        await using var db = database.CreateContext();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        await ApplyAsync(db, outcomes, cancellationToken);
        await audit.AppendAsync(db, [.. outcomes.Select(o => o.Audit)], cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Applies outcomes to <paramref name="db"/> inside the caller's transaction; the
    /// caller appends their audit events and saves.</summary>
    public async Task ApplyAsync(
        WardDbContext db, IReadOnlyList<OutboxOutcome> outcomes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(outcomes);
        if (outcomes.Count == 0)
        {
            return;
        }

        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        var ids = outcomes.Select(o => o.OutboxId).ToList();
        var rows = await db.Outbox.Where(o => ids.Contains(o.Id))
            .ToDictionaryAsync(o => o.Id, cancellationToken);
        var messageIds = outcomes.Select(o => o.MessageId).OfType<string>().ToList();
        var messages = await db.Messages.Where(m => messageIds.Contains(m.Id))
            .ToDictionaryAsync(m => m.Id, StringComparer.Ordinal, cancellationToken);
        foreach (var outcome in outcomes)
        {
            var row = rows.GetValueOrDefault(outcome.OutboxId)
                ?? throw new InvalidOperationException("An outcome names an unknown outbox row.");
            var message = outcome.MessageId is null ? null
                : messages.GetValueOrDefault(outcome.MessageId)
                    ?? throw new InvalidOperationException("An outcome names an unknown message.");
            Apply(row, outcome, now, message);
        }
    }

    /// <summary>Rows parked in the dead-letter list, newest first.</summary>
    public async Task<IReadOnlyList<OutboxRow>> DeadLettersAsync(
        string practiceId, int max, CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        return await db.Outbox.AsNoTracking()
            .Where(o => o.PracticeId == practiceId && o.Status == OutboxStatus.Dead)
            .OrderByDescending(o => o.Id).Take(max).ToListAsync(cancellationToken);
    }

    private static async Task<List<long>> ClaimIdsAsync(WardDbContext db, string lockClause,
        long now, int max, long leaseUntil, CancellationToken cancellationToken)
    {
        var command = db.Database.GetDbConnection().CreateCommand();
        await using (command)
        {
            command.Transaction = db.Database.CurrentTransaction!.GetDbTransaction();
            command.CommandText = "UPDATE outbox SET lease_until_ms = @lease, attempts = attempts + 1 " +
                $"WHERE id IN ({Candidates}{lockClause}) RETURNING id";
            Parameter(command, "@now", now);
            Parameter(command, "@max", max);
            Parameter(command, "@lease", leaseUntil);

            var ids = new List<long>();
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                ids.Add(reader.GetInt64(0));
            }

            return ids;
        }
    }

    private static void Apply(OutboxRow row, OutboxOutcome outcome, long now, MessageRow? message)
    {
        row.Status = outcome.Status;
        row.ProviderMessageId = outcome.ProviderMessageId ?? row.ProviderMessageId;
        row.LastError = outcome.Error;
        row.NextAttemptAtMs = outcome.NextAttemptAtMs;
        row.LeaseUntilMs = 0;
        row.FinishedAtMs = outcome.Status == OutboxStatus.Pending ? null : now;
        if (message is null)
        {
            return;
        }

        // A provider's delivery report can arrive before this outcome is stored; "accepted"
        // must not overwrite "delivered" or "read".
        if (outcome.DeliveryStatus is { } status
            && (status == "failed" || message.DeliveryStatus is null or "queued"))
        {
            message.DeliveryStatus = status;
        }

        message.DeliveryError = outcome.Error;
        message.ProviderMessageId = outcome.ProviderMessageId ?? message.ProviderMessageId;
        message.DeliveryUpdatedAtMs = now;
    }

    private static void Parameter(System.Data.Common.DbCommand command, string name, long value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
