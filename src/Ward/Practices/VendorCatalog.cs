using Ward.Compliance.Agreements;

namespace Ward.Practices;

/// <summary>
/// The vendors Ward itself sends through, the service each covers, and the translation of a
/// practice file's agreement into the Compliance module's terms.
/// </summary>
internal static class VendorCatalog
{
    public const string WhatsApp = "meta-whatsapp";
    public const string Twilio = "twilio";
    public const string PagerDuty = "pagerduty";

    private static readonly Dictionary<string, VendorService> Services =
        new(StringComparer.OrdinalIgnoreCase)
        {
            ["whatsapp"] = VendorService.WhatsApp, ["sms"] = VendorService.Sms,
            ["pager"] = VendorService.Pager, ["ehr"] = VendorService.Ehr,
            ["ai"] = VendorService.AiEndpoint, ["hosting"] = VendorService.Hosting,
            ["email"] = VendorService.Email,
        };

    private static readonly Dictionary<string, VendorService> Known =
        new(StringComparer.OrdinalIgnoreCase)
        {
            [WhatsApp] = VendorService.WhatsApp, [Twilio] = VendorService.Sms,
            [PagerDuty] = VendorService.Pager,
        };

    public static IEnumerable<string> ServiceNames => Services.Keys;

    public static VendorService? ServiceOf(AgreementSettings a)
    {
        if (a.Service is not null)
        {
            return Services.TryGetValue(a.Service, out var named) ? named : null;
        }

        return Known.TryGetValue(a.Vendor, out var known) ? known : null;
    }

    public static string ServiceName(VendorService service) =>
        Services.First(s => s.Value == service).Key;

    public static TerminationTerms? TerminationOf(string? text) => text switch
    {
        null or "return-or-destroy" => TerminationTerms.ReturnOrDestroy,
        "return" => TerminationTerms.ReturnPhi,
        "destroy" => TerminationTerms.DestroyPhi,
        _ => null,
    };

    /// <summary>The agreement in the Compliance module's terms; the file is already
    /// valid.</summary>
    public static Agreement ToAgreement(AgreementSettings a) => new(
        a.Vendor,
        ServiceOf(a)!.Value,
        a.Kind == "BAA" ? AgreementKind.Baa : AgreementKind.Dpa,
        PracticeComplianceValidator.ParseDate(a.ExecutedOn)!.Value,
        a.BreachNoticeDays,
        a.Subprocessors ?? [],
        TerminationOf(a.Termination)!.Value,
        PracticeComplianceValidator.ParseDate(a.TerminatedOn));
}
