using System.Net;
using System.Text.RegularExpressions;
using Ward.Host.Tests.Support;

namespace Ward.Host.Tests.Portal;

/// <summary>
/// A patient's browser without JavaScript: it keeps cookies, follows no redirects on its own,
/// and posts each form with the anti-forgery token and hidden fields of the page it last loaded,
/// as a browser would.
/// </summary>
internal sealed partial class PortalBrowser : IDisposable
{
    private readonly HttpClient _http;
    private readonly string _root;

    public PortalBrowser(WardTestServer ward, string practiceId)
    {
        Cookies = new CookieContainer();
        _http = new HttpClient(new HttpClientHandler
        {
            CookieContainer = Cookies, AllowAutoRedirect = false,
        })
        { BaseAddress = ward.BaseUrl, Timeout = TimeSpan.FromSeconds(15) };
        _root = "portal/" + practiceId;
    }

    public CookieContainer Cookies { get; }

    /// <summary>The last page loaded (HTML).</summary>
    public string Page { get; private set; } = "";

    public HttpResponseMessage? Last { get; private set; }

    public async Task<HttpResponseMessage> GetAsync(string path = "")
    {
        Last = await _http.GetAsync(_root + path);
        Page = await Last.Content.ReadAsStringAsync();
        return Last;
    }

    /// <summary>Posts to <paramref name="path"/> with the page's token and hidden
    /// fields, plus <paramref name="fields"/>.</summary>
    public async Task<HttpResponseMessage> PostAsync(string path,
        params (string Name, string Value)[] fields)
    {
        var form = Hidden(Page);
        foreach (var (name, value) in fields)
        {
            form[name] = value;
        }

        Last = await _http.PostAsync(_root + path, new FormUrlEncodedContent(form));
        Page = await Last.Content.ReadAsStringAsync();
        return Last;
    }

    /// <summary>Asks for a code for <paramref name="phone"/>, then enters it with the date
    /// of birth; returns the answer to the second step.</summary>
    public async Task<HttpResponseMessage> SignInAsync(WardTestServer ward, string phone,
        string dob, string path = "", string? typed = null)
    {
        await GetAsync(path);
        var before = ward.Providers.Requests.Count;
        await PostAsync("/code", ("phone", typed ?? phone));
        var code = await PortalCodes.WaitForCodeAsync(ward, phone, before);
        return await PostAsync("/verify", ("code", code), ("dob", dob));
    }

    public string? ErrorBeside(string field)
    {
        var match = Regex.Match(Page, $"<p class=\"error\" id=\"{field}-error\" role=\"alert\">"
            + "([^<]*)</p>");
        return match.Success && match.Groups[1].Value.Length > 0
            ? WebUtility.HtmlDecode(match.Groups[1].Value) : null;
    }

    /// <summary>The page with its random parts (tokens, nonces) blanked, to compare two
    /// answers.</summary>
    public static string WithoutTokens(string page) => TokenValue().Replace(page, "value=\"\"");

    public void Dispose() => _http.Dispose();

    private static Dictionary<string, string> Hidden(string page)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match match in HiddenInput().Matches(page))
        {
            fields[match.Groups[1].Value] = WebUtility.HtmlDecode(match.Groups[2].Value);
        }

        return fields;
    }

    [GeneratedRegex("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">")]
    private static partial Regex HiddenInput();

    [GeneratedRegex("value=\"[A-Za-z0-9_\\-]{20,}\"")]
    private static partial Regex TokenValue();
}
