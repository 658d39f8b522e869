using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Ward.Storage.Identity;

namespace Ward.Staff.Identity;

/// <summary>Builds a staff principal: the account, the practice, the staff row and its role as
/// the practice file says it today.</summary>
internal sealed class StaffClaimsFactory(UserManager<StaffUser> users,
    IOptions<IdentityOptions> options, StaffDirectory directory)
    : UserClaimsPrincipalFactory<StaffUser>(users, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(StaffUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        var row = await directory.FindActiveAsync(user.PracticeId, user.StaffId, CancellationToken.None)
            ?? throw new InvalidOperationException("The staff row of this account is gone.");
        identity.AddClaim(new Claim(StaffClaims.Practice, user.PracticeId));
        identity.AddClaim(new Claim(StaffClaims.StaffId, user.StaffId));
        identity.AddClaim(new Claim(ClaimTypes.Role, row.Role));
        return identity;
    }
}
