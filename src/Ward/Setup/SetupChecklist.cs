using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Ward.Hosting;
using Ward.Ingest;
using Ward.Posture;
using Ward.Practices;
using Ward.Staff;
using Ward.Storage;

namespace Ward.Setup;

/// <summary>
/// The seven steps of setting up a practice, in order: agreements, channel verification, EHR
/// authorisation, knowledge base, templates, the emergency fallback and on-call path, and
/// rollout. Each step reads what the rest of Ward already decides (the posture check, the PHI
/// gate, the stored messages); nothing here judges on its own.
/// </summary>
internal sealed class SetupChecklist(WardCore core, PostureCheck posture,
    IOptions<StaffOptions> staff)
{
    public async Task<IReadOnlyList<SetupStep>> RunAsync(PracticeContext practice,
        CancellationToken cancellationToken)
    {
        var findings = await posture.RunAsync(practice, cancellationToken);
        var gaps = findings.Where(f => f.Level == FindingLevel.Gap).ToList();
        await using var db = core.Database.CreateContext();
        var channels = await db.Messages.AsNoTracking()
            .Where(m => m.PracticeId == practice.Id && m.Direction == "in")
            .Select(m => m.Channel).Distinct().ToListAsync(cancellationToken);

        var steps = new List<SetupStep>
        {
            Step(1, "Agreements (BAA / DPA) on file", gaps, "agreements", "compliance/agreements"),
            Verification(practice, channels),
            new(3, "EHR authorisation", SetupState.NotAvailable,
                ["Ward has no EHR connection yet; this step opens when the EHR module exists."]),
            await KnowledgeAsync(db, practice.Id, cancellationToken),
            Templates(practice),
            OnCall(practice),
        };
        var earlier = steps.Where(s => s.State == SetupState.Missing).Select(s => s.Title);
        var staff = gaps.Where(g => g.Area is "sign-in" or "roles" or "keys" or "audit")
            .Select(g => $"{g.What}: {g.Fix}");
        var rollout = earlier.Select(t => $"finish step \"{t}\"").Concat(staff).ToList();
        steps.Add(new(7, "Rollout", rollout.Count == 0 ? SetupState.Done : SetupState.Missing,
            rollout, "staff"));
        return steps;
    }

    /// <summary>The assistant answers only from the knowledge base, and never from an expired
    /// entry: the step is done once entries are imported and none has expired.</summary>
    private async Task<SetupStep> KnowledgeAsync(WardDbContext db, string practiceId,
        CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(core.Time.GetUtcNow().UtcDateTime)
            .ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var rows = await db.KnowledgeEntries.AsNoTracking().Where(e => e.PracticeId == practiceId)
            .Select(e => new { e.EntryId, e.Owner, e.ExpiresOn }).ToListAsync(cancellationToken);
        var missing = rows.Count == 0
            ? ["no entries yet: write the practice's answers and run ward kb import"]
            : rows.Where(r => r.ExpiresOn is { } last && string.CompareOrdinal(last, today) < 0)
                .Select(r => $"{r.EntryId} expired on {r.ExpiresOn} and is not used: "
                    + $"{r.Owner} should renew it").ToList();
        return new(4, "Knowledge base", missing.Count == 0 ? SetupState.Done : SetupState.Missing,
            missing);
    }

    /// <summary>Outside WhatsApp's 24-hour window only approved templates may go. Ward cannot
    /// see Meta's approval, so the step asks the practice to list the templates it had
    /// approved rather than rely on the built-in default.</summary>
    private SetupStep Templates(PracticeContext practice)
    {
        if (practice.Settings.WhatsApp is null)
        {
            return new(5, "Message templates", SetupState.Done,
                ["not needed: the practice has no WhatsApp number"]);
        }

        var configured = staff.Value.WhatsAppTemplates.Count;
        return configured > 0
            ? new(5, "Message templates", SetupState.Done,
                [$"{configured} approved template(s) listed in Ward:Staff:WhatsAppTemplates"])
            : new(5, "Message templates", SetupState.Missing,
                ["only the built-in ward_follow_up template is offered: have it (or your own) "
                    + "approved in Meta's template manager and list it under "
                    + "Ward__Staff__WhatsAppTemplates__0__Name"]);
    }

    private static SetupStep Step(int number, string title, List<Finding> gaps, string area,
        string link)
    {
        var missing = gaps.Where(g => g.Area == area).Select(g => $"{g.What}: {g.Fix}").ToList();
        return new(number, title, missing.Count == 0 ? SetupState.Done : SetupState.Missing,
            missing, link);
    }

    /// <summary>A channel counts as verified once a webhook signed with its secret has been
    /// stored: that proves the provider points at Ward and the secret matches.</summary>
    private static SetupStep Verification(PracticeContext practice, List<string> seen)
    {
        var missing = new List<string>();
        var s = practice.Settings;
        if (s.WhatsApp is not null && !seen.Contains(ChannelNames.WhatsApp))
        {
            missing.Add("no signed WhatsApp webhook received yet: set the callback URL to "
                + "PUBLIC_URL/webhooks/whatsapp and send a test message");
        }

        if (s.Sms is not null && !seen.Contains(ChannelNames.Sms))
        {
            missing.Add("no signed SMS webhook received yet: set \"A message comes in\" to "
                + "PUBLIC_URL/webhooks/twilio/sms and send a test text");
        }

        return new(2, "Channel verification", missing.Count == 0 ? SetupState.Done
            : SetupState.Missing, missing);
    }

    private static SetupStep OnCall(PracticeContext practice)
    {
        var missing = new List<string>();
        var onCall = practice.Settings.OnCall;
        if (practice.Settings.Sms is null && onCall.PagerDutyRoutingKey is null)
        {
            missing.Add("no route to page the on-call clinician: add an SMS account (the on-call "
                + "mobile is texted) or a PagerDuty routing key");
        }

        return new(6, "Emergency fallback and on-call path", missing.Count == 0
            ? SetupState.Done : SetupState.Missing, missing);
    }
}
