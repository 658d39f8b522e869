using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace Ward.Staff.Identity;

/// <summary>Checks the server-side session on every request: a revoked or idle session signs
/// the browser out.</summary>
internal static class StaffCookieEvents
{
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var session = context.Principal?.FindFirst(StaffClaims.Session)?.Value;
        var sessions = context.HttpContext.RequestServices.GetRequiredService<StaffSessions>();
        if (session is not null
            && await sessions.CheckAsync(session, activity: true, context.HttpContext.RequestAborted))
        {
            return;
        }

        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
    }
}
