using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Ward.Storage.Identity;

namespace Ward.Staff.Identity;

/// <summary>
/// Identity's sign-in, with two additions: every sign-in opens a server-side session whose id
/// the cookie carries, and an account whose staff row is gone or disabled cannot sign in.
/// </summary>
internal sealed class WardSignInManager(UserManager<StaffUser> users, IHttpContextAccessor http,
    IUserClaimsPrincipalFactory<StaffUser> claims, IOptions<IdentityOptions> options,
    ILogger<SignInManager<StaffUser>> logger, IAuthenticationSchemeProvider schemes,
    IUserConfirmation<StaffUser> confirmation, StaffSessions sessions, StaffDirectory directory)
    : SignInManager<StaffUser>(users, http, claims, options, logger, schemes, confirmation)
{
    public override async Task<bool> CanSignInAsync(StaffUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var row = await directory.FindActiveAsync(user.PracticeId, user.StaffId, CancellationToken.None);
        return row is not null && await base.CanSignInAsync(user);
    }

    public override async Task SignInWithClaimsAsync(StaffUser user,
        AuthenticationProperties? authenticationProperties, IEnumerable<Claim> additionalClaims)
    {
        ArgumentNullException.ThrowIfNull(user);
        var client = Context.Request.Headers.UserAgent.ToString();
        var session = await sessions.StartAsync(user, client, Context.RequestAborted);
        var all = additionalClaims.Append(new Claim(StaffClaims.Session, session));
        await base.SignInWithClaimsAsync(user, authenticationProperties, all);
    }
}
