using Ward.Compliance.Disclosure;
using Ward.Practices;
using Ward.Storage.Audit;

namespace Ward.Disclosure;

/// <summary>
/// Screens a text before it is queued for a patient's channel. Text that reveals health
/// information goes out as written only where the practice allows PHI on the channel and the
/// vendor passes the PHI gate; otherwise the patient gets a link to read it in the portal
/// after proving who they are (minimum necessary, HIPAA 164.502(b)). Ward's own safety texts
/// (the emergency reply, holding replies) are fixed, carry no PHI and never pass through here,
/// so nothing can hold them back.
/// </summary>
internal sealed class OutboundScreen(PracticePhiGate gate, WardOptions options)
{
    public ScreenedText Screen(
        PracticeContext practice, string channel, string text, string language, string messageId)
    {
        ArgumentNullException.ThrowIfNull(practice);

        // The portal is Ward's own page, shown only to the patient who proved who they are:
        // no vendor sees the text, so there is nothing to withhold.
        if (channel == Ingest.ChannelNames.Portal)
        {
            return new ScreenedText(text, DisclosureDecision.SendAsIs, null);
        }

        var finding = HealthInfoDetector.Find(text);
        if (!finding.Found)
        {
            return new ScreenedText(text, DisclosureDecision.SendAsIs, null);
        }

        var vendor = PracticePhiGate.VendorOf(channel);
        var decision = DisclosurePolicy.Decide(PolicyOf(practice, channel),
            gate.Check(practice, vendor), finding);
        if (decision == DisclosureDecision.SendAsIs)
        {
            return new ScreenedText(text, decision, null);
        }

        var link = new Uri(options.PublicBaseUrl, $"portal/{practice.Id}/messages/{messageId}");
        var body = PortalLinkText.For(language, practice.Settings.Name, link.ToString());
        var refused = decision == DisclosureDecision.RefuseAndSendPortalLink;
        var audit = new AuditRecord(practice.Id, AuditActors.System, "phi-gate",
            refused ? "phi.refused" : "phi.withheld", "Message", messageId,
            Fields: finding.Kinds.ToString(), Purpose: "minimum-necessary",
            Outcome: refused ? "refused" : "success", SourceAddress: vendor);
        return new ScreenedText(body, decision, audit);
    }

    private static ChannelPhiPolicy PolicyOf(PracticeContext practice, string channel) =>
        PhiPolicies.Parse(channel == Ingest.ChannelNames.WhatsApp
            ? practice.Settings.WhatsApp?.Phi
            : practice.Settings.Sms?.Phi);
}
