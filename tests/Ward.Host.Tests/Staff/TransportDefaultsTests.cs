using System.Net;
using Ward.Host.Tests.Support;

namespace Ward.Host.Tests.Staff;

/// <summary>What a TLS-terminating proxy, a load balancer and a browser cache see: Secure
/// cookies and HSTS behind a trusted proxy (RFC 6797: max-age of a year), HEAD on the health
/// probe, no caching of PHI, and no API map for strangers.</summary>
public sealed class TransportDefaultsTests
{
    [Fact]
    public async Task ForwardedHttps_FromLoopback_SecureCookieAndHsts()
    {
        await using var ward = await WardTestServer.StartAsync("sqlite", TestPractices.UnitedStatesWithStaff());
        using var request = new HttpRequestMessage(HttpMethod.Get, "account/sign-in");
        request.Headers.Add("X-Forwarded-Proto", "https");

        using var response = await ward.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var cookie = response.Headers.GetValues("Set-Cookie").Single();
        Assert.Contains("secure", cookie.Split(';').Select(p => p.Trim().ToLowerInvariant()));
        var hsts = response.Headers.GetValues("Strict-Transport-Security").Single();
        var maxAge = long.Parse(hsts.Split(';')[0].Split('=')[1], System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(maxAge >= 31536000);
    }

    [Fact]
    public async Task PlainHttp_NoForwardedHeader_NoSecureCookieNoHsts()
    {
        await using var ward = await WardTestServer.StartAsync("sqlite", TestPractices.UnitedStatesWithStaff());

        using var response = await ward.Http.GetAsync("account/sign-in");

        var cookie = response.Headers.GetValues("Set-Cookie").Single();
        Assert.DoesNotContain("secure", cookie.Split(';').Select(p => p.Trim().ToLowerInvariant()));
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task Healthz_Head_AnsweredLikeGet()
    {
        await using var ward = await WardTestServer.StartAsync("sqlite", TestPractices.UnitedStatesWithStaff());

        using var response = await ward.Http.SendAsync(new HttpRequestMessage(HttpMethod.Head, "healthz"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task ApiAndPortal_NotCached()
    {
        await using var ward = await WardTestServer.StartAsync("sqlite", TestPractices.UnitedStatesWithStaff());

        using var api = await ward.Http.GetAsync("api/conversations");
        using var portal = await ward.Http.GetAsync("portal/sunrise-family");

        Assert.Contains("no-store", api.Headers.CacheControl?.ToString() ?? "", StringComparison.Ordinal);
        Assert.Contains("no-store", portal.Headers.CacheControl?.ToString() ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenApi_NotSignedIn_Refused()
    {
        await using var ward = await WardTestServer.StartAsync("sqlite", TestPractices.UnitedStatesWithStaff());

        using var response = await ward.Http.GetAsync("openapi/v1.json");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
