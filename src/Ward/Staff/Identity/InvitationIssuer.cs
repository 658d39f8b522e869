using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Ward.Storage.Identity;

namespace Ward.Staff.Identity;

/// <summary>
/// Issues the owner's invitations: a one-time link for a member of the practice file's staff.
/// Only the token's hash is stored, so a copy of the database cannot be used to accept it; a
/// used or expired token finds nothing.
/// </summary>
internal sealed class InvitationIssuer(IDbContextFactory<StaffIdentityDbContext> contexts,
    StaffDirectory directory, IOptions<StaffOptions> options, IOptions<WardOptions> ward,
    TimeProvider time)
{
    public const string Path = "account/invitation";

    /// <summary>Creates an invitation and returns its link; null when the practice has no
    /// active staff member <paramref name="staffId"/>. The token sits in the link's fragment,
    /// which browsers do not send, so no request log can catch it.</summary>
    public async Task<Uri?> CreateAsync(string practiceId, string staffId, string invitedBy,
        CancellationToken cancellationToken)
    {
        if (await directory.FindActiveAsync(practiceId, staffId, cancellationToken) is null)
        {
            return null;
        }

        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))
            .TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var now = time.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.Invitations.Add(new StaffInvitationRow
        {
            Id = Guid.CreateVersion7().ToString("N"), PracticeId = practiceId, StaffId = staffId,
            TokenHash = Hash(token), InvitedBy = invitedBy,
            CreatedAtMs = now.ToUnixTimeMilliseconds(),
            ExpiresAtMs = now.AddHours(options.Value.InvitationHours).ToUnixTimeMilliseconds(),
        });
        await db.SaveChangesAsync(cancellationToken);
        return new Uri(ward.Value.PublicBaseUrl, $"{Path}#t={token}");
    }

    /// <summary>The open invitation a token names, or null.</summary>
    public async Task<StaffInvitationRow?> FindOpenAsync(string? token, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 100)
        {
            return null;
        }

        var hash = Hash(token);
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Invitations.AsNoTracking().SingleOrDefaultAsync(i => i.TokenHash == hash
            && i.AcceptedAtMs == null && i.ExpiresAtMs > now, cancellationToken);
    }

    internal static string Hash(string token) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
