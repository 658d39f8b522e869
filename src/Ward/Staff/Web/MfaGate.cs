using Ward.Staff.Identity;

namespace Ward.Staff.Web;

/// <summary>Sends a signed-in member who has not given an authenticator code to the TOTP
/// enrolment page, whatever page they ask for: nothing but enrolment works before it.</summary>
internal static class MfaGate
{
    public const string EnrolPath = "/account/enrol";

    public static IApplicationBuilder UseMfaGate(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            var member = StaffMember.From(context.User);
            var path = context.Request.Path;
            if (member is { MfaDone: false } && !path.StartsWithSegments("/account")
                && !path.StartsWithSegments("/_framework") && !path.StartsWithSegments("/css"))
            {
                if (path.StartsWithSegments("/api"))
                {
                    context.Response.StatusCode = StatusCodes.Status403Forbidden;
                    return Task.CompletedTask;
                }

                context.Response.Redirect(EnrolPath);
                return Task.CompletedTask;
            }

            return next(context);
        });
}
