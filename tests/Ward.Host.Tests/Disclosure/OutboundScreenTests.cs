using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Ward.Disclosure;
using Ward.Host.Tests.Support;
using Ward.Practices;

namespace Ward.Host.Tests.Disclosure;

/// <summary>
/// The outbound screen: health information leaves on a channel only where the practice allows
/// PHI there and the vendor has an executed BAA (45 CFR 164.502(b) minimum necessary,
/// 164.502(e) business associates); otherwise the patient gets a portal link.
/// </summary>
public sealed class OutboundScreenTests
{
    private const string Medication = "Your lisinopril is ready at the front desk.";
    private const string Logistics = "We are closed on Friday; see you Monday morning.";
    private const string Link = "portal/sunrise-family/messages/";

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Medication_DefaultPolicy_PortalLinkAndWithheld(string provider)
    {
        await using var ward = await StartAsync(provider);

        var screened = Screen(ward, Practice(ward), Medication);

        Assert.Contains(Link, screened.Body);
        Assert.DoesNotContain("lisinopril", screened.Body, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("phi.withheld", screened.Audit?.Action);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Medication_PhiAllowedWithoutWhatsAppAgreement_RefusedWithLink(string provider)
    {
        await using var ward = await StartAsync(provider);
        var practice = Allowing(Practice(ward));

        var screened = Screen(ward, practice, Medication);

        Assert.Contains(Link, screened.Body);
        Assert.DoesNotContain("lisinopril", screened.Body, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("phi.refused", screened.Audit?.Action);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Medication_PhiAllowedWithExecutedBaa_SentAsWritten(string provider)
    {
        await using var ward = await StartAsync(provider);
        var practice = Allowing(Practice(ward), WhatsAppBaa(terminatedOn: null));

        var screened = Screen(ward, practice, Medication);

        Assert.Equal(Medication, screened.Body);
        Assert.Null(screened.Audit);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Medication_BaaTerminatedYesterday_RefusedAgain(string provider)
    {
        await using var ward = await StartAsync(provider);
        var practice = Allowing(Practice(ward), WhatsAppBaa(terminatedOn: Day(-1)));

        var screened = Screen(ward, practice, Medication);

        Assert.Contains(Link, screened.Body);
        Assert.Equal("phi.refused", screened.Audit?.Action);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Logistics_AnyPolicy_SentAsWritten(string provider)
    {
        await using var ward = await StartAsync(provider);
        var practices = new[]
        {
            Practice(ward), Allowing(Practice(ward)),
            Allowing(Practice(ward), WhatsAppBaa(terminatedOn: Day(-1))),
        };

        var screened = practices.Select(p => Screen(ward, p, Logistics)).ToList();

        Assert.All(screened, s => Assert.Equal(Logistics, s.Body));
        Assert.All(screened, s => Assert.Null(s.Audit));
    }

    private static Task<WardTestServer> StartAsync(string provider) =>
        WardTestServer.StartAsync(provider, TestPractices.UnitedStatesWithStaff());

    private static PracticeContext Practice(WardTestServer ward) =>
        ward.App.Services.GetRequiredService<PracticeDirectory>().ById("sunrise-family")!;

    private static ScreenedText Screen(
        WardTestServer ward, PracticeContext practice, string text) =>
        ward.App.Services.GetRequiredService<OutboundScreen>()
            .Screen(practice, "whatsapp", text, "en", Guid.NewGuid().ToString());

    /// <summary>The practice with PHI allowed on WhatsApp and the agreements given added to
    /// the ones on file.</summary>
    private static PracticeContext Allowing(
        PracticeContext practice, params AgreementSettings[] more)
    {
        var settings = practice.Settings;
        return practice with
        {
            Settings = settings with
            {
                WhatsApp = settings.WhatsApp! with { Phi = "allowed" },
                Agreements = [.. settings.Agreements ?? [], .. more],
            },
        };
    }

    private static AgreementSettings WhatsAppBaa(string? terminatedOn) =>
        new("meta-whatsapp", "BAA", Day(-90), Service: "whatsapp", TerminatedOn: terminatedOn);

    private static string Day(int offset) => DateTime.UtcNow.Date.AddDays(offset)
        .ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
