using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Ward.Host.Tests.Support;
using Ward.Storage.Identity;

namespace Ward.Host.Tests.Staff;

/// <summary>The staff app's safe defaults (issue 5, part 7): security headers, cookies and
/// anti-forgery on forms.</summary>
public sealed class SafeDefaultsTests
{
    [Fact]
    public async Task SignInPage_CarriesTheSecurityHeaders()
    {
        await using var ward = await WardTestServer.StartAsync("sqlite", TestPractices.UnitedStatesWithStaff());

        using var response = await ward.Http.GetAsync("account/sign-in");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        var scripts = csp.Split(';').Single(d => d.Trim().StartsWith("script-src", StringComparison.Ordinal));
        Assert.Equal("script-src 'self'", scripts.Trim());
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
        var cookie = response.Headers.GetValues("Set-Cookie").Single();
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task SignInForm_PostedWithoutAntiforgeryToken_Refused()
    {
        await using var ward = await WardTestServer.StartAsync("sqlite", TestPractices.UnitedStatesWithStaff());
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "sign-in", ["Input.Email"] = TestPractices.Owner,
            ["Input.Password"] = "any password at all",
        });

        using var response = await ward.Http.PostAsync("account/sign-in", form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task CookieProtectionKeys_StoredSealedByTheMasterKey()
    {
        await using var ward = await WardTestServer.StartAsync("sqlite", TestPractices.UnitedStatesWithStaff());

        using var response = await ward.Http.GetAsync("account/sign-in");
        var factory = ward.App.Services.GetRequiredService<IDbContextFactory<StaffIdentityDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        var keys = await db.DataProtectionKeys.AsNoTracking().ToListAsync();

        Assert.NotEmpty(keys);
        Assert.All(keys, k => Assert.Contains("MasterKeyXmlDecryptor", k.Xml, StringComparison.Ordinal));
        Assert.All(keys, k => Assert.DoesNotContain("<masterKey", k.Xml, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Inbox_NotSignedIn_RedirectsToSignIn()
    {
        await using var ward = await WardTestServer.StartAsync("sqlite", TestPractices.UnitedStatesWithStaff());
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false })
        {
            BaseAddress = ward.BaseUrl,
        };

        using var response = await http.GetAsync("inbox");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/sign-in", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }
}
