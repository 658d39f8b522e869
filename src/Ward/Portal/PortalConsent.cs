using Ward.Access;
using Ward.Compliance.Consent;
using Ward.Hosting;
using Ward.Ingest;
using Ward.Practices;
using Ward.Registers;
using Ward.Security.Access;
using Ward.Storage.Audit;

namespace Ward.Portal;

/// <summary>Records the patient's answer to the portal's messaging question in the consent
/// ledger, with the exact question they were shown and its language.</summary>
internal sealed class PortalConsent(WardCore core)
{
    public static readonly string Purpose = ConsentWords.NameOf(ConsentPurpose.MessagingPortal);

    public Task<long> RecordAsync(PracticeContext practice, string patientId, string language,
        ConsentChoice choice, CancellationToken cancellationToken)
    {
        var text = PortalConsentText.For(language, practice.Settings.Name);
        // The verified patient answers for themselves; Ward stores it
        // (docs/adr/0009-patient-portal.md).
        var patient = new Principal(AuditActors.Patient, patientId, Role.System);
        return new ConsentRecorder(core, patient, practice.Id).RecordAsync(patientId,
            ConsentPurpose.MessagingPortal, choice,
            new ConsentWording(text.Question, text.Language, ChannelNames.Portal),
            cancellationToken);
    }
}
