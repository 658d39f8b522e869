using System.Globalization;
using System.Net.Mail;
using Ward.Compliance.Agreements;
using Ward.Compliance.Disclosure;
using Ward.Ingest;
using Ward.Security.Access;
using static Ward.Practices.PracticeFileValidator;

namespace Ward.Practices;

/// <summary>The practice file's compliance sections: agreements, staff and retention.</summary>
internal static class PracticeComplianceValidator
{
    private static readonly string[] AgreementKinds = ["BAA", "DPA"];

    public static void Validate(List<string> errors, PracticeFile f, TimeProvider time)
    {
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var agreements = f.Agreements ?? [];
        for (var i = 0; i < agreements.Count; i++)
        {
            ValidateAgreement(errors, $"agreements[{i}]", agreements[i], today);
        }

        var staff = f.Staff ?? [];
        for (var i = 0; i < staff.Count; i++)
        {
            ValidateStaff(errors, $"staff[{i}]", staff[i]);
        }

        Check(errors, "staff", staff.Select(s => s.Email?.ToLowerInvariant()).Distinct().Count()
            == staff.Count, "lists the same e-mail address twice");
        ValidateRetention(errors, f.Retention);
        if (errors.Count == 0)
        {
            ValidatePhiSwitches(errors, f, today);
        }
    }

    /// <summary>A channel may carry PHI as written only once the vendor's agreement is on
    /// file and passes the PHI gate (45 CFR 164.502(e); GDPR Art. 28): nothing that carries PHI
    /// is switched on before its agreement.</summary>
    private static void ValidatePhiSwitches(List<string> errors, PracticeFile f, DateOnly today)
    {
        var agreements = (f.Agreements ?? []).Where(a => VendorCatalog.ServiceOf(a) is not null)
            .Select(VendorCatalog.ToAgreement).ToList();
        var regime = Regimes.ForCountry(f.Country);
        foreach (var (at, phi, vendor) in new[]
        {
            ("whatsApp.phi", f.WhatsApp?.Phi, VendorCatalog.WhatsApp),
            ("sms.phi", f.Sms?.Phi, VendorCatalog.Twilio),
        })
        {
            Check(errors, at, PhiPolicies.Parse(phi) != ChannelPhiPolicy.PhiAllowed
                || PhiGate.Check(agreements, vendor, regime, today).Allowed,
                $"can be \"allowed\" only with a valid agreement with {vendor} on file");
        }
    }

    private static void ValidateAgreement(
        List<string> errors, string at, AgreementSettings a, DateOnly today)
    {
        Check(errors, at + ".vendor", Present(a.Vendor), "is required");
        Check(errors, at + ".kind", a.Kind is not null && AgreementKinds.Contains(a.Kind),
            "must be BAA or DPA");
        var executed = ParseDate(a.ExecutedOn);
        Check(errors, at + ".executedOn", executed is { } e && e <= today,
            "must be a date (yyyy-MM-dd) that is not in the future");
        Check(errors, at + ".service", Present(a.Vendor) && VendorCatalog.ServiceOf(a) is not null,
            "must be one of " + string.Join(", ", VendorCatalog.ServiceNames)
            + " (it may be left out only for meta-whatsapp, twilio and pagerduty)");
        Check(errors, at + ".breachNoticeDays", a.BreachNoticeDays is null or >= 0 and <= 365,
            "must be a number of days from 0 to 365");
        Check(errors, at + ".subprocessors", (a.Subprocessors ?? []).All(Present),
            "must list vendor names, none empty");
        Check(errors, at + ".termination", a.Termination is null
            || VendorCatalog.TerminationOf(a.Termination) is not null,
            "must be return, destroy or return-or-destroy");
        var ended = ParseDate(a.TerminatedOn);
        Check(errors, at + ".terminatedOn", a.TerminatedOn is null
            || ended is { } t && executed is { } x && t >= x,
            "must be a date (yyyy-MM-dd) on or after executedOn");
    }

    private static void ValidateStaff(List<string> errors, string at, StaffSettings s)
    {
        Check(errors, at + ".email", IsEmail(s.Email), "must be an e-mail address");
        Check(errors, at + ".name", Present(s.Name), "is required");
        var roles = AccessPolicy.Default.Roles.Where(r => r != Role.System).ToList();
        Check(errors, at + ".role", s.Role is not null && roles.Contains(s.Role),
            "must be one of " + string.Join(", ", roles));
        Check(errors, at + ".mobile", s.Mobile is null || PhoneAddress.IsE164(s.Mobile),
            "must be an E.164 mobile number such as +15550100199");
    }

    private static void ValidateRetention(List<string> errors, RetentionFileSettings? r)
    {
        if (r is null)
        {
            return;
        }

        Check(errors, "retention.messageDays", r.MessageDays is null or >= 1,
            "must be at least 1 day");
        // HIPAA 45 CFR 164.316(b)(2)(i): documentation is kept six years; Ward applies it to
        // the audit trail in every regime.
        Check(errors, "retention.auditYears", r.AuditYears is null or >= 6 and <= 100,
            "must be from 6 to 100 years");
        Check(errors, "retention.erasureHoldDays", r.ErasureHoldDays is null or >= 0,
            "must be 0 or more days");
    }

    internal static DateOnly? ParseDate(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture,
            DateTimeStyles.None, out var date) ? date : null;

    private static bool IsEmail(string? text) =>
        !string.IsNullOrWhiteSpace(text) && text.Length <= 254 && !text.Any(char.IsWhiteSpace)
        && MailAddress.TryCreate(text, out var address) && address.Address == text;
}
