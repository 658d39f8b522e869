using Microsoft.EntityFrameworkCore;
using Ward.Hosting;

namespace Ward.Portal;

/// <summary>
/// Finds the patient behind a portal session token. A session is good for thirty days from the
/// identity check, in its own practice only, and never for an erased patient; after that the
/// patient is asked again.
/// </summary>
internal sealed class PortalSessions(WardCore core)
{
    public async Task<string?> PatientOfAsync(string practiceId, string? token,
        CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 100)
        {
            return null;
        }

        var hash = PortalSecrets.TokenHash(token);
        var now = core.Time.GetUtcNow().ToUnixTimeMilliseconds();
        var verifiedSince = now - (long)PortalRules.SessionLifetime.TotalMilliseconds;
        await using var db = core.Database.CreateContext();
        var session = await db.PortalSessions.AsNoTracking().SingleOrDefaultAsync(s =>
            s.TokenHash == hash && s.PracticeId == practiceId && s.RevokedAtMs == null
            && s.ExpiresAtMs > now && s.VerifiedAtMs > verifiedSince, cancellationToken);
        if (session is null)
        {
            return null;
        }

        var active = await db.Patients.AnyAsync(p => p.Id == session.PatientId
            && p.PracticeId == practiceId && p.ErasedAtMs == null, cancellationToken);
        return active ? session.PatientId : null;
    }

    /// <summary>Ends the session (signing out); a token that is not a session is
    /// ignored.</summary>
    public async Task RevokeAsync(string practiceId, string? token,
        CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 100)
        {
            return;
        }

        var hash = PortalSecrets.TokenHash(token);
        var now = core.Time.GetUtcNow().ToUnixTimeMilliseconds();
        await using var db = core.Database.CreateContext();
        await db.PortalSessions.Where(s => s.TokenHash == hash && s.PracticeId == practiceId)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.RevokedAtMs, now), cancellationToken);
    }
}
