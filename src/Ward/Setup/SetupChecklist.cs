using Microsoft.EntityFrameworkCore;
using Ward.Hosting;
using Ward.Ingest;
using Ward.Posture;
using Ward.Practices;

namespace Ward.Setup;

/// <summary>
/// The seven steps of setting up a practice, in order: agreements, channel verification, EHR
/// authorisation, knowledge base, templates, the emergency fallback and on-call path, and
/// rollout. Each step reads what the rest of Ward already decides (the posture check, the PHI
/// gate, the stored messages); nothing here judges on its own.
/// </summary>
internal sealed class SetupChecklist(WardCore core, PostureCheck posture)
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
            new(4, "Knowledge base", SetupState.NotAvailable,
                ["The knowledge base is not part of this server yet."]),
            new(5, "Message templates", SetupState.NotAvailable,
                ["Approved WhatsApp templates are not managed by Ward yet."]),
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
