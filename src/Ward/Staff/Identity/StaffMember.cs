using System.Security.Claims;

namespace Ward.Staff.Identity;

/// <summary>The signed-in staff member as the claims name them.</summary>
public sealed record StaffMember(string AccountId, string PracticeId, string StaffId,
    string Role, string? SessionId, bool MfaDone)
{
    public static StaffMember? From(ClaimsPrincipal? user)
    {
        if (user?.Identity?.IsAuthenticated != true)
        {
            return null;
        }

        var account = user.FindFirstValue(ClaimTypes.NameIdentifier);
        var practice = user.FindFirstValue(StaffClaims.Practice);
        var staff = user.FindFirstValue(StaffClaims.StaffId);
        var role = user.FindFirstValue(ClaimTypes.Role);
        if (account is null || practice is null || staff is null || role is null)
        {
            return null;
        }

        return new StaffMember(account, practice, staff, role,
            user.FindFirstValue(StaffClaims.Session),
            user.HasClaim(StaffClaims.Amr, StaffClaims.Mfa));
    }
}
