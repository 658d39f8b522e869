using Microsoft.EntityFrameworkCore;
using Ward.Access;
using Ward.Hosting;
using Ward.Practices;
using Ward.Storage.Audit;

namespace Ward.Registers;

/// <summary>
/// Watches the breach clocks while the server runs: when a notice deadline passes unmet, the
/// operator's log gets an error and each compliance officer with a mobile gets one text (no
/// PHI: practice, incident id, who is overdue). An alert is sent once per incident and
/// recipient; the audit trail remembers which were sent.
/// </summary>
internal sealed class BreachWatch(
    WardCore core, PracticeDirectory practices, ILogger<BreachWatch> logger) : BackgroundService
{
    private static readonly TimeSpan Every = TimeSpan.FromMinutes(10);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Every);
        do
        {
            try
            {
                foreach (var practice in practices.All)
                {
                    await CheckAsync(practice, stoppingToken);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Host boundary: the next round tries again; the operator is told.
                WardLog.BreachWatchFailed(logger, e.GetType().Name);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>Alerts the overdue notices of one practice not alerted before; returns how
    /// many.</summary>
    public async Task<int> CheckAsync(PracticeContext practice, CancellationToken cancellationToken)
    {
        await using var db = core.Database.CreateContext();
        var views = await new BreachRegisterReader(db, practice.Id, core.Time.GetUtcNow())
            .ListAsync(cancellationToken);
        var overdue = views.SelectMany(v => v.Clocks.Where(c => c.Overdue)
            .Select(c => $"{v.Row.Id}:{BreachRecords.NameOf(c.Deadline.Recipient)}")).ToList();
        var alerted = await db.AuditEvents.AsNoTracking()
            .Where(e => e.PracticeId == practice.Id && e.Action == "breach.overdue-alerted"
                && overdue.Contains(e.ResourceId))
            .Select(e => e.ResourceId).ToListAsync(cancellationToken);
        var fresh = overdue.Except(alerted).ToList();
        if (fresh.Count == 0)
        {
            return 0;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var officers = 0;
        foreach (var item in fresh)
        {
            WardLog.BreachNoticeOverdue(logger, practice.Id, item.Split(':')[0], item.Split(':')[1]);
            var text = $"Ward: a breach notice is overdue in practice {practice.Id} "
                + $"(incident {item}). See: ward breach list --practice {practice.Id}";
            officers = (await StaffAlerts.ToComplianceOfficersAsync(db, practice.Keys, text,
                core.Time.GetUtcNow().ToUnixTimeMilliseconds(), cancellationToken)).Count;
        }

        await core.Audit.AppendAsync(db, [.. fresh.Select(item => new AuditRecord(practice.Id,
            AuditActors.System, "breach-watch", "breach.overdue-alerted", "BreachDeadline", item,
            $"officers:{officers}", "compliance"))], cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return fresh.Count;
    }
}
