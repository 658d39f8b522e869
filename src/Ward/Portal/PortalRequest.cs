using Microsoft.AspNetCore.Antiforgery;
using Ward.Practices;

namespace Ward.Portal;

/// <summary>One request to a practice's portal: the practice, where its pages live, the
/// anti-forgery tokens for the page's forms, and the form that was posted (checked).</summary>
internal sealed class PortalRequest(HttpContext http, PracticeContext practice, WardOptions options)
{
    public HttpContext Http { get; } = http;

    public PracticeContext Practice { get; } = practice;

    public string Root { get; } = http.Request.PathBase + "/portal/" + practice.Id;

    /// <summary>Cookies are marked Secure when the public address is https (TLS may end at a
    /// proxy in front of Ward) or this request came over https.</summary>
    public bool Secure { get; } = http.Request.IsHttps
        || options.PublicBaseUrl.Scheme == Uri.UriSchemeHttps;

    /// <summary>The page's words: the practice's language.</summary>
    public PortalWords Words { get; } = PortalWords.For(practice.Language);

    public string? Source => Http.Connection.RemoteIpAddress?.ToString();

    public bool WantsJson => Http.Request.Headers.Accept.ToString()
        .Contains("application/json", StringComparison.OrdinalIgnoreCase);

    public PortalPageContext Page()
    {
        var antiforgery = Http.RequestServices.GetRequiredService<IAntiforgery>();
        var tokens = antiforgery.GetAndStoreTokens(Http);
        return new PortalPageContext(Root, Http.Request.PathBase + "/portal",
            Practice.Settings.Name, Practice.Settings.TimeZone, tokens.FormFieldName,
            tokens.RequestToken ?? "", Words);
    }

    /// <summary>The posted form, once its anti-forgery token checks out; null (and the reason
    /// logged) for a forged, expired, malformed or oversized post.</summary>
    public async Task<IFormCollection?> FormAsync(ILogger logger)
    {
        try
        {
            if (!Http.Request.HasFormContentType)
            {
                PortalLog.FormRefused(logger, "content-type");
                return null;
            }

            var antiforgery = Http.RequestServices.GetRequiredService<IAntiforgery>();
            await antiforgery.ValidateRequestAsync(Http);
            return await Http.Request.ReadFormAsync(Http.RequestAborted);
        }
        catch (Exception e) when (e is AntiforgeryValidationException or InvalidDataException
            or BadHttpRequestException)
        {
            PortalLog.FormRefused(logger, e.GetType().Name);
            return null;
        }
    }

    public static string? Then(string? value) =>
        Guid.TryParse(value, out var id) ? id.ToString("D") : null;
}
