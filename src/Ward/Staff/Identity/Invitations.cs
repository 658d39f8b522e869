using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Ward.Storage.Identity;

namespace Ward.Staff.Identity;

/// <summary>
/// Accepting an invitation (see <see cref="InvitationIssuer"/>): the invitee sets a password,
/// then must enrol TOTP before anything else works. Accepting it twice fails.
/// </summary>
internal sealed class Invitations(IDbContextFactory<StaffIdentityDbContext> contexts,
    UserManager<StaffUser> users, TimeProvider time)
{
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

}
