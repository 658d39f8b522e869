using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Ward.Storage.Identity;

namespace Ward.Staff.Identity;

/// <summary>
/// Server-side sessions: one row per signed-in browser. A session ends when its owner signs
/// out, when someone revokes it, or after the practice's idle limit without activity (HIPAA
/// 164.312(a)(2)(iii) automatic logoff); the cookie alone never keeps it alive.
/// </summary>
internal sealed class StaffSessions(IDbContextFactory<StaffIdentityDbContext> contexts,
    IOptions<StaffOptions> options, TimeProvider time, ILogger<StaffSessions> logger)
{
    public async Task<string> StartAsync(StaffUser user, string? client,
        CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        var row = new StaffSessionRow
        {
            Id = Guid.CreateVersion7().ToString("N"), UserId = user.Id,
            PracticeId = user.PracticeId, StaffId = user.StaffId,
            Client = client is null ? null : client[..Math.Min(120, client.Length)],
            CreatedAtMs = now, LastSeenAtMs = now,
        };
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.Sessions.Add(row);
        await db.SaveChangesAsync(cancellationToken);
        return row.Id;
    }

    /// <summary>Whether the session is still open; when <paramref name="activity"/> is true its
    /// last-seen time moves to now. An idle session is closed on the way.</summary>
    public async Task<bool> CheckAsync(string sessionId, bool activity, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.Sessions.SingleOrDefaultAsync(s => s.Id == sessionId, cancellationToken);
        if (row is null || row.RevokedAtMs is not null)
        {
            return false;
        }

        var now = time.GetUtcNow();
        var limit = options.Value.IdleLimit(row.PracticeId);
        if (now - DateTimeOffset.FromUnixTimeMilliseconds(row.LastSeenAtMs) > limit)
        {
            row.RevokedAtMs = now.ToUnixTimeMilliseconds();
            await db.SaveChangesAsync(cancellationToken);
            StaffLog.SessionEnded(logger, row.Id, "idle");
            return false;
        }

        if (activity)
        {
            row.LastSeenAtMs = now.ToUnixTimeMilliseconds();
            await db.SaveChangesAsync(cancellationToken);
        }

        return true;
    }

    public async Task<List<StaffSessionRow>> OpenSessionsAsync(string practiceId,
        CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Sessions.AsNoTracking()
            .Where(s => s.PracticeId == practiceId && s.RevokedAtMs == null)
            .OrderByDescending(s => s.LastSeenAtMs).ToListAsync(cancellationToken);
    }

    /// <summary>Ends a session of the practice; false when there is no such open
    /// session.</summary>
    public async Task<bool> RevokeAsync(string practiceId, string sessionId,
        CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        var changed = await db.Sessions
            .Where(s => s.Id == sessionId && s.PracticeId == practiceId && s.RevokedAtMs == null)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.RevokedAtMs, now), cancellationToken);
        if (changed == 1)
        {
            StaffLog.SessionEnded(logger, sessionId, "revoked");
        }

        return changed == 1;
    }
}
