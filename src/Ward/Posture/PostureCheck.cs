using Microsoft.EntityFrameworkCore;
using Ward.Compliance.Agreements;
using Ward.Hosting;
using Ward.Practices;
using Ward.Registers;
using Ward.Security.Access;
using Ward.Storage;
using Ward.Storage.Audit;

namespace Ward.Posture;

/// <summary>
/// What <c>ward doctor</c> reports for one practice: vendors without an agreement, staff
/// without multi-factor sign-in, missing roles, overdue breach deadlines, an overdue annual
/// risk analysis, a development master key, and a broken audit chain.
/// </summary>
internal sealed class PostureCheck(WardCore core)
{
    public async Task<IReadOnlyList<Finding>> RunAsync(
        PracticeContext practice, CancellationToken cancellationToken)
    {
        var findings = new List<Finding>();
        await using var db = core.Database.CreateContext();
        Agreements(practice, findings);
        await StaffAsync(db, practice.Id, findings, cancellationToken);
        await BreachesAsync(db, practice.Id, findings, cancellationToken);
        await ReviewsAsync(db, practice.Id, findings, cancellationToken);
        if (core.MasterKey.Origin == "development")
        {
            findings.Add(new(FindingLevel.Gap, "keys", "the master key is a development key kept "
                + "beside the data", "set Ward__Keys__MasterKey (or MasterKeyFile) from a key "
                + "store, keep the old one as Ward__Keys__PreviousMasterKeys__0, restart, then run "
                + "ward keys rotate"));
        }

        var verification = await new AuditVerifier(core.Database).VerifyAsync(cancellationToken);
        if (verification.FirstBreak is { } broken)
        {
            findings.Add(new(FindingLevel.Gap, "audit", $"the audit chain of \"{broken.PracticeId}\" "
                + $"breaks at event #{broken.Sequence}", "investigate as a security incident: "
                + "ward breach add"));
        }

        return findings;
    }

    private void Agreements(PracticeContext practice, List<Finding> findings)
    {
        var gate = new Disclosure.PracticePhiGate(core.Time);
        var s = practice.Settings;
        var vendors = new List<(string Vendor, bool Carries, string Why)>();
        if (s.WhatsApp is not null)
        {
            vendors.Add((VendorCatalog.WhatsApp, true, "patients' messages reach Ward through it"));
        }

        if (s.Sms is not null)
        {
            vendors.Add((VendorCatalog.Twilio, true, "patients' texts reach Ward through it"));
        }

        if (s.OnCall.PagerDutyRoutingKey is not null)
        {
            vendors.Add((VendorCatalog.PagerDuty, false, "pages carry no PHI"));
        }

        var kind = Regimes.RequiredAgreement(Regimes.ForCountry(s.Country))
            .ToString().ToUpperInvariant();
        foreach (var (vendor, carries, why) in vendors)
        {
            var decision = gate.Check(practice, vendor);
            if (!decision.Allowed)
            {
                findings.Add(new(carries ? FindingLevel.Gap : FindingLevel.Advice, "agreements",
                    $"no valid {kind} with "
                    + $"{vendor} ({decision.Reason}); {why}", "sign one and add it to the "
                    + "practice file's agreements, then ward practice import; where the vendor "
                    + "signs none, keep the channel at minimum-necessary and record the "
                    + "decision in a policy-review"));
            }
        }
    }

    private async Task StaffAsync(WardDbContext db, string practiceId, List<Finding> findings,
        CancellationToken cancellationToken)
    {
        var staff = await db.Users.AsNoTracking()
            .Where(u => u.PracticeId == practiceId && u.DisabledAtMs == null)
            .ToListAsync(cancellationToken);
        var enrolled = await EnrolledAsync(practiceId, cancellationToken);
        foreach (var user in staff.Where(u => !enrolled.Contains(u.Id)))
        {
            findings.Add(new(FindingLevel.Gap, "sign-in", $"{user.Id} ({user.Role}) has no "
                + "multi-factor sign-in", "the owner sends an invitation (`ward staff invite` or the "
                + "staff app's Staff page); the member sets a password and enrols an authenticator "
                + "app on the page it opens (HIPAA 164.312(d); GDPR Art. 32)"));
        }

        foreach (var role in new[] { Role.Owner, Role.ComplianceOfficer })
        {
            if (staff.All(u => u.Role != role))
            {
                findings.Add(new(FindingLevel.Gap, "roles", $"nobody holds the {role} role",
                    "name one in the practice file's staff list"));
            }
        }
    }

    private async Task BreachesAsync(WardDbContext db, string practiceId, List<Finding> findings,
        CancellationToken cancellationToken)
    {
        var views = await new BreachRegisterReader(db, practiceId, core.Time.GetUtcNow())
            .ListAsync(cancellationToken);
        foreach (var clock in views.SelectMany(v => v.Clocks.Where(c => c.Overdue)
            .Select(c => (v.Row.Id, c))))
        {
            findings.Add(new(FindingLevel.Gap, "breaches", $"incident {clock.Id}: notice to "
                + $"{BreachRecords.NameOf(clock.c.Deadline.Recipient)} is overdue "
                + $"({clock.c.Deadline.Rule})", "notify, then ward breach notify"));
        }
    }

    private async Task ReviewsAsync(WardDbContext db, string practiceId, List<Finding> findings,
        CancellationToken cancellationToken)
    {
        var last = await db.Reviews.AsNoTracking()
            .Where(r => r.PracticeId == practiceId && r.Kind == "risk-analysis")
            .MaxAsync(r => (string?)r.CompletedOn, cancellationToken);
        var today = DateOnly.FromDateTime(core.Time.GetUtcNow().UtcDateTime);
        var due = last is null ? (DateOnly?)null : DateOnly.Parse(last,
            System.Globalization.CultureInfo.InvariantCulture).AddDays(365);
        if (due is null || due < today)
        {
            findings.Add(new(FindingLevel.Gap, "reviews", last is null
                ? "no security risk analysis on record"
                : $"the annual risk analysis is overdue (last {last})",
                "do one, then ward review add --kind risk-analysis (HIPAA 164.308(a)(1)(ii)(A); "
                + "GDPR Art. 32(1)(d))"));
        }
    }

    // The sign-in accounts themselves say who has two-step sign-in on: an invitation that
    // resets an account turns it off again, whatever the staff record's old flag says.
    private async Task<HashSet<string>> EnrolledAsync(string practiceId,
        CancellationToken cancellationToken)
    {
        await using var identity = await Ward.Storage.Identity.StaffIdentityStore
            .ContextFactory(core.Database).CreateDbContextAsync(cancellationToken);
        try
        {
            var ids = await identity.Users.AsNoTracking()
                .Where(u => u.PracticeId == practiceId && u.TwoFactorEnabled)
                .Select(u => u.StaffId).ToListAsync(cancellationToken);
            return new HashSet<string>(ids, StringComparer.Ordinal);
        }
        catch (System.Data.Common.DbException)
        {
            // The sign-in tables are made when the server first starts; before that nobody
            // has enrolled.
            return new HashSet<string>(StringComparer.Ordinal);
        }
    }
}
