using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Ward.Host.Tests.Support;

namespace Ward.Host.Tests.Portal;

/// <summary>
/// The portal's identity check as the issue specifies it: a 6-digit code texted to the number
/// on file, valid 10 minutes and 5 tries, plus the date of birth on file; the same answer for a
/// number that is not on file; a session cookie (HttpOnly, SameSite=Strict) keyed by a random
/// token whose hash alone is stored; the patient asked again after 30 days.
/// </summary>
public sealed class PortalSignInTests
{
    private const string Practice = "sunrise-family";
    private const string Phone = "+15550100123";
    private const string Dob = "1980-04-12";

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task RightCodeAndDob_OpensTheChat_CookieHoldsOnlyATokenWhoseHashIsStored(
        string database)
    {
        await using var ward = await WardTestServer.StartAsync(database,
            TestPractices.UnitedStates());
        await PortalCodes.AddPatientAsync(ward, Practice, Phone, new DateOnly(1980, 4, 12));
        using var browser = new PortalBrowser(ward, Practice);

        var answer = await browser.SignInAsync(ward, Phone, Dob, typed: "(555) 010-0123");
        var chat = await browser.GetAsync();

        Assert.Equal(HttpStatusCode.SeeOther, answer.StatusCode);
        Assert.Equal("/portal/" + Practice, answer.Headers.Location?.OriginalString);
        var header = answer.Headers.GetValues("Set-Cookie")
            .Single(c => c.StartsWith("ward_portal=", StringComparison.Ordinal));
        Assert.Contains("httponly", header, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", header, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("path=/portal/" + Practice, header, StringComparison.OrdinalIgnoreCase);
        var token = header.Split(';')[0]["ward_portal=".Length..];
        Assert.DoesNotContain("5550100123", token, StringComparison.Ordinal);
        await using var db = ward.OpenDb();
        var session = await db.PortalSessions.SingleAsync();
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token))),
            session.TokenHash);
        Assert.Equal(HttpStatusCode.OK, chat.StatusCode);
        Assert.Contains("id=\"send\"", browser.Page, StringComparison.Ordinal);
        Assert.DoesNotContain(Phone, browser.Page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TextedCode_SixDigitsThroughThePracticeSmsAccount_ExpiresIn10Minutes()
    {
        await using var ward = await WardTestServer.StartAsync("sqlite",
            TestPractices.UnitedStates());
        await PortalCodes.AddPatientAsync(ward, Practice, Phone, new DateOnly(1980, 4, 12));
        using var browser = new PortalBrowser(ward, Practice);

        await browser.GetAsync();
        await browser.PostAsync("/code", ("phone", Phone));
        var code = await PortalCodes.WaitForCodeAsync(ward, Phone, 0);

        Assert.Matches("^[0-9]{6}$", code);
        var sms = Assert.Single(ward.Providers.Requests, r => r.Kind == "sms");
        Assert.Contains("/Accounts/AC00000000000000000000000000000001/", sms.Path,
            StringComparison.Ordinal);
        await using var db = ward.OpenDb();
        var challenge = await db.PortalChallenges.SingleAsync();
        Assert.Equal(10 * 60 * 1000, challenge.ExpiresAtMs - challenge.CreatedAtMs);
        Assert.DoesNotContain(code, challenge.CodeHash, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FiveWrongCodes_LockTheChallenge_EvenTheRightCodeThenFails()
    {
        await using var ward = await WardTestServer.StartAsync("sqlite",
            TestPractices.UnitedStates());
        await PortalCodes.AddPatientAsync(ward, Practice, Phone, new DateOnly(1980, 4, 12));
        using var browser = new PortalBrowser(ward, Practice);
        await browser.GetAsync();
        await browser.PostAsync("/code", ("phone", Phone));
        var code = await PortalCodes.WaitForCodeAsync(ward, Phone, 0);
        var wrong = code == "000000" ? "111111" : "000000";

        var errors = new List<string?>();
        for (var i = 0; i < 5; i++)
        {
            await browser.PostAsync("/verify", ("code", wrong), ("dob", Dob));
            errors.Add(browser.ErrorBeside(i < 4 ? "code" : "phone"));
        }

        var last = await browser.PostAsync("/verify", ("code", code), ("dob", Dob));

        Assert.Equal("That code is not right (4 tries left).", errors[0]);
        Assert.Equal("That code is not right (1 try left).", errors[3]);
        Assert.Equal("Too many tries. Ask for a new code.", errors[4]);
        Assert.Equal(HttpStatusCode.BadRequest, last.StatusCode);
        Assert.Equal("Too many tries. Ask for a new code.", browser.ErrorBeside("phone"));
        await using var db = ward.OpenDb();
        Assert.Empty(await db.PortalSessions.ToListAsync());
    }

    [Fact]
    public async Task UnknownNumber_SameAnswerAsAKnownOne_AndNothingIsTexted()
    {
        await using var ward = await WardTestServer.StartAsync("sqlite",
            TestPractices.UnitedStates());
        await PortalCodes.AddPatientAsync(ward, Practice, Phone, new DateOnly(1980, 4, 12));
        using var known = new PortalBrowser(ward, Practice);
        using var unknown = new PortalBrowser(ward, Practice);
        await known.GetAsync();
        await unknown.GetAsync();

        var knownAnswer = await known.PostAsync("/code", ("phone", Phone));
        var unknownAnswer = await unknown.PostAsync("/code", ("phone", "+15550100177"));
        var (knownPage, unknownPage) = (known.Page, unknown.Page);
        await PortalCodes.WaitForCodeAsync(ward, Phone, 0);
        var unknownCheck = await unknown.PostAsync("/verify", ("code", "123456"), ("dob", Dob));

        Assert.Equal(knownAnswer.StatusCode, unknownAnswer.StatusCode);
        Assert.Equal(PortalBrowser.WithoutTokens(knownPage),
            PortalBrowser.WithoutTokens(unknownPage));
        Assert.Empty(PortalCodes.TextsTo(ward, "+15550100177"));
        Assert.Equal(HttpStatusCode.BadRequest, unknownCheck.StatusCode);
        Assert.Equal("That code is not right (4 tries left).", unknown.ErrorBeside("code"));
    }

    [Fact]
    public async Task RightCodeWrongDob_RefusedBesideTheDate_NoSession()
    {
        await using var ward = await WardTestServer.StartAsync("sqlite",
            TestPractices.UnitedStates());
        await PortalCodes.AddPatientAsync(ward, Practice, Phone, new DateOnly(1980, 4, 12));
        using var browser = new PortalBrowser(ward, Practice);

        var answer = await browser.SignInAsync(ward, Phone, "1980-12-04");

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        Assert.Equal("The date of birth does not match our records (4 tries left).",
            browser.ErrorBeside("dob"));
        Assert.Null(browser.ErrorBeside("code"));
        await using var db = ward.OpenDb();
        Assert.Empty(await db.PortalSessions.ToListAsync());
        Assert.True(await db.AuditEvents.AnyAsync(e => e.Action == "portal.verify_failed"));
    }

    [Theory]
    [InlineData(29, true)]
    [InlineData(31, false)]
    public async Task SessionAge_After30Days_PatientIsAskedAgain(int days, bool stillIn)
    {
        await using var ward = await WardTestServer.StartAsync("sqlite",
            TestPractices.UnitedStates());
        await PortalCodes.AddPatientAsync(ward, Practice, Phone, new DateOnly(1980, 4, 12));
        using var browser = new PortalBrowser(ward, Practice);
        await browser.SignInAsync(ward, Phone, Dob);
        await using (var db = ward.OpenDb())
        {
            var session = await db.PortalSessions.SingleAsync();
            var shift = (long)TimeSpan.FromDays(days).TotalMilliseconds;
            session.VerifiedAtMs -= shift;
            session.ExpiresAtMs -= shift;
            await db.SaveChangesAsync();
        }

        await browser.GetAsync();

        Assert.Equal(stillIn, browser.Page.Contains("id=\"send\"", StringComparison.Ordinal));
        Assert.Equal(!stillIn, browser.Page.Contains("id=\"ask-code\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task FourthCodeForOneNumberIn15Minutes_RefusedAndNotTexted()
    {
        await using var ward = await WardTestServer.StartAsync("sqlite",
            TestPractices.UnitedStates());
        await PortalCodes.AddPatientAsync(ward, Practice, Phone, new DateOnly(1980, 4, 12));
        using var browser = new PortalBrowser(ward, Practice);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            await browser.GetAsync();
            statuses.Add((await browser.PostAsync("/code", ("phone", Phone))).StatusCode);
        }

        await Task.Delay(1500);

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK,
            HttpStatusCode.TooManyRequests], statuses);
        Assert.StartsWith("Too many codes", browser.ErrorBeside("phone"), StringComparison.Ordinal);
        Assert.Equal(3, PortalCodes.TextsTo(ward, Phone).Count);
    }

    [Theory]
    [InlineData("/code")]
    [InlineData("/verify")]
    public async Task PostWithoutAntiforgeryToken_Refused400_NothingStored(string path)
    {
        await using var ward = await WardTestServer.StartAsync("sqlite",
            TestPractices.UnitedStates());
        await PortalCodes.AddPatientAsync(ward, Practice, Phone, new DateOnly(1980, 4, 12));
        var form = new Dictionary<string, string>
        {
            ["phone"] = Phone, ["code"] = "123456", ["dob"] = Dob,
        };

        var answer = await ward.Http.PostAsync($"portal/{Practice}{path}",
            new FormUrlEncodedContent(form));

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        await using var db = ward.OpenDb();
        Assert.Empty(await db.PortalChallenges.ToListAsync());
    }

    [Theory]
    [InlineData("phone", "not a number")]
    [InlineData("code", "12a456")]
    [InlineData("dob", "12/04/1980")]
    public async Task MalformedField_MessageBesideThatField_NeverA500(string field, string value)
    {
        await using var ward = await WardTestServer.StartAsync("sqlite",
            TestPractices.UnitedStates());
        await PortalCodes.AddPatientAsync(ward, Practice, Phone, new DateOnly(1980, 4, 12));
        using var browser = new PortalBrowser(ward, Practice);
        await browser.GetAsync();
        if (field != "phone")
        {
            await browser.PostAsync("/code", ("phone", Phone));
        }

        var answer = field == "phone"
            ? await browser.PostAsync("/code", ("phone", value))
            : await browser.PostAsync("/verify", ("code", field == "code" ? value : "123456"),
                ("dob", field == "dob" ? value : Dob));

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        Assert.NotNull(browser.ErrorBeside(field));
        Assert.DoesNotContain(value, browser.ErrorBeside(field)!, StringComparison.Ordinal);
    }
}
