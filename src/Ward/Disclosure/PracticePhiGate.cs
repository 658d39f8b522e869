using Ward.Compliance.Agreements;
using Ward.Practices;

namespace Ward.Disclosure;

/// <summary>
/// The PHI gate for one practice: may PHI go to this vendor today? Only with an executed BAA
/// (HIPAA 164.502(e)) or DPA (GDPR Art. 28) of the right kind on file. Every caller that would
/// hand PHI to a vendor (a channel, the EHR, an AI endpoint) asks here first.
/// </summary>
internal sealed class PracticePhiGate(TimeProvider time)
{
    public GateDecision Check(PracticeContext practice, string vendor)
    {
        ArgumentNullException.ThrowIfNull(practice);
        var agreements = (practice.Settings.Agreements ?? [])
            .Where(a => VendorCatalog.ServiceOf(a) is not null)
            .Select(VendorCatalog.ToAgreement).ToList();
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        return PhiGate.Check(agreements, vendor, Regimes.ForCountry(practice.Settings.Country), today);
    }

    /// <summary>The vendor a channel's messages go through.</summary>
    public static string VendorOf(string channel) => channel switch
    {
        Ingest.ChannelNames.WhatsApp => VendorCatalog.WhatsApp,
        Ingest.ChannelNames.Sms => VendorCatalog.Twilio,
        _ => throw new ArgumentOutOfRangeException(nameof(channel), channel, "no vendor"),
    };
}
