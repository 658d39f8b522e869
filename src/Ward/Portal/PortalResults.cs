namespace Ward.Portal;

/// <summary>How portal pages are answered: HTML that is never cached or framed, and the
/// notices for a page that does not exist or a form that cannot be accepted.</summary>
internal static class PortalResults
{
    public static IResult Html(HttpContext http, string html, int status = 200)
    {
        // Pages hold PHI once the patient is signed in: no shared cache may keep them.
        http.Response.Headers.CacheControl = "no-store";
        http.Response.Headers["X-Frame-Options"] = "DENY";
        return Results.Content(html, "text/html; charset=utf-8", null, status);
    }

    public static IResult NotFound() => Results.Content("<!doctype html><html lang=\"en\"><head>"
        + "<meta charset=\"utf-8\"><title>Not found</title></head><body><p>This page does not "
        + "exist.</p></body></html>", "text/html; charset=utf-8", null, 404);

    public static IResult Refused(PortalRequest portal) => Html(portal.Http,
        PortalPages.Notice(portal.Page(), portal.Words.RetryHeading, portal.Words.FormExpired),
        400);

    public static IResult Redirect(string to) => new SeeOther(to);

    /// <summary>303: after a post, the browser fetches the page with GET.</summary>
    private sealed class SeeOther(string location) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.StatusCode = StatusCodes.Status303SeeOther;
            httpContext.Response.Headers.Location = location;
            return Task.CompletedTask;
        }
    }
}
