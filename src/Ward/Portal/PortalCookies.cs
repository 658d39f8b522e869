namespace Ward.Portal;

/// <summary>
/// The portal's two cookies: the session token (thirty days) and the handle of a pending code
/// (ten minutes). Both are HttpOnly, SameSite=Strict, Secure whenever the portal is reached
/// over https, and scoped to one practice's portal path. Neither holds a phone number.
/// </summary>
internal static class PortalCookies
{
    public const string Session = "ward_portal";
    public const string Challenge = "ward_portal_code";

    public static void Set(HttpContext http, string name, string value, TimeSpan life,
        string path, bool secure) =>
        http.Response.Cookies.Append(name, value, Options(path, secure, life));

    public static void Delete(HttpContext http, string name, string path, bool secure) =>
        http.Response.Cookies.Delete(name, Options(path, secure, null));

    public static string? Read(HttpContext http, string name) =>
        http.Request.Cookies.TryGetValue(name, out var value) ? value : null;

    private static CookieOptions Options(string path, bool secure, TimeSpan? life) => new()
    {
        HttpOnly = true, SameSite = SameSiteMode.Strict, Secure = secure, Path = path,
        MaxAge = life, IsEssential = true,
    };
}
