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

    /// <summary>The API answers 401 instead of redirecting to the sign-in page.</summary>
    public static Task ChallengeAsync(RedirectContext<CookieAuthenticationOptions> context) =>
        Answer(context, StatusCodes.Status401Unauthorized);

    /// <summary>The API answers 403 instead of redirecting to the "not allowed" page.</summary>
    public static Task ForbidAsync(RedirectContext<CookieAuthenticationOptions> context) =>
        Answer(context, StatusCodes.Status403Forbidden);

    private static Task Answer(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api")
            || context.Request.Path.StartsWithSegments("/openapi"))
        {
            context.Response.StatusCode = status;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }

        return Task.CompletedTask;
    }
}
