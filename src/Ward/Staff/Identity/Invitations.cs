using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Ward.Storage.Identity;

namespace Ward.Staff.Identity;

/// <summary>
/// Invitations by the owner: a one-time link for a member of the practice file's staff. The
/// invitee sets a password, then must enrol TOTP before anything else works. Only the token's
/// hash is stored; accepting it twice, or after it expires, fails.
/// </summary>
internal sealed class Invitations(IDbContextFactory<StaffIdentityDbContext> contexts,
    StaffDirectory directory, UserManager<StaffUser> users, IOptions<StaffOptions> options,
    IOptions<WardOptions> ward, TimeProvider time)
{
    public const string Path = "account/invitation";

    /// <summary>Creates an invitation and returns its link; null when the practice has no
    /// active staff member <paramref name="staffId"/>.</summary>
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
        return new Uri(ward.Value.PublicBaseUrl, $"{Path}?token={token}");
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

    /// <summary>Accepts an invitation with a password: creates the account (or resets the
    /// password and authenticator of an existing one) and spends the token.</summary>
    public async Task<(StaffUser? User, IdentityResult Result)> AcceptAsync(
        StaffInvitationRow invitation, string password, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invitation);
        var user = await users.Users.SingleOrDefaultAsync(u => u.PracticeId == invitation.PracticeId
            && u.StaffId == invitation.StaffId, cancellationToken);
        var result = user is null
            ? await CreateAccountAsync(invitation, password)
            : await ResetAccountAsync(user, password);
        if (!result.Item2.Succeeded)
        {
            return result;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var spent = await db.Invitations.Where(i => i.Id == invitation.Id && i.AcceptedAtMs == null)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.AcceptedAtMs,
                time.GetUtcNow().ToUnixTimeMilliseconds()), cancellationToken);
        return spent == 1 ? result : (null, IdentityResult.Failed(new IdentityError
        {
            Code = "InvitationUsed", Description = "This invitation has already been used.",
        }));
    }

    private async Task<(StaffUser?, IdentityResult)> CreateAccountAsync(
        StaffInvitationRow invitation, string password)
    {
        var user = new StaffUser
        {
            UserName = $"{invitation.PracticeId}/{invitation.StaffId}",
            Email = invitation.StaffId, EmailConfirmed = true,
            PracticeId = invitation.PracticeId, StaffId = invitation.StaffId,
        };
        var result = await users.CreateAsync(user, password);
        return (result.Succeeded ? user : null, result);
    }

    private async Task<(StaffUser?, IdentityResult)> ResetAccountAsync(StaffUser user, string password)
    {
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var result = await users.ResetPasswordAsync(user, token, password);
        if (result.Succeeded)
        {
            await users.SetTwoFactorEnabledAsync(user, false);
            await users.ResetAuthenticatorKeyAsync(user);
            await users.SetLockoutEndDateAsync(user, null);
        }

        return (result.Succeeded ? user : null, result);
    }

    private static string Hash(string token) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
