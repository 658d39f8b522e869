namespace Ward.Staff.Web;

/// <summary>
/// Headers on every response: a content security policy with no inline or foreign scripts,
/// no framing (clickjacking), no referrer (links never carry a page's address elsewhere), and
/// HSTS when the request came over TLS (directly or through a trusted proxy); API and
/// portal responses are never cached.
/// </summary>
internal static class SecurityHeaders
{
    // Blazor's own script is served from 'self'; its reconnect dialog sets inline styles, so
    // styles allow 'unsafe-inline' while scripts never do.
    private const string Policy = "default-src 'self'; script-src 'self'; "
        + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; "
        + "font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
        + "frame-ancestors 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers.ContentSecurityPolicy = Policy;
            headers["Referrer-Policy"] = "no-referrer";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
            // API and portal answers carry PHI: no browser or proxy may keep a copy.
            if (context.Request.Path.StartsWithSegments("/api")
                || context.Request.Path.StartsWithSegments("/portal"))
            {
                headers.CacheControl = "no-store";
            }

            if (context.Request.IsHttps)
            {
                headers.StrictTransportSecurity = "max-age=31536000; includeSubDomains";
            }

            return next(context);
        });
}
