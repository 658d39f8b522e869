using Ward.Hosting;
using Ward.Ingest;
using Ward.PatientRights;
using Ward.Practices;
using Ward.Triage;

namespace Ward.Portal;

/// <summary>
/// Turns a message typed in the portal into the same ingest as a WhatsApp or SMS webhook:
/// channel <c>portal</c>, the same triage, and one transaction that stores it with its audit
/// events and outbox rows, so an emergency typed here gets its reply and its page exactly as
/// on the other channels.
/// </summary>
internal sealed class PortalInbox(WardCore core, TriageEngine triage, IngestQueue queue)
{
    /// <summary>Checks the text; null when it was stored, else what is wrong with it.</summary>
    public async Task<PortalFormError?> SubmitAsync(PracticeContext practice, string patientId,
        string? text, string? nonce, CancellationToken cancellationToken)
    {
        var body = (text ?? "").Trim();
        if (body.Length == 0)
        {
            return new PortalFormError("text", PortalProblem.EmptyMessage);
        }

        var phone = await PhoneOfAsync(practice, patientId, cancellationToken);
        var (sender, country) = PhoneAddress.Sender(phone);
        var region = Regions.ForPatient(practice.Settings.Country, country);

        // An overlong message is refused, unless it holds an emergency: a patient who pastes a
        // long text that starts "I can't breathe" must get the emergency reply, not a form error.
        var tooLong = body.Length > PortalRules.MaxMessageChars;
        body = tooLong ? body[..PortalRules.MaxMessageChars] : body;
        var decision = triage.Decide(body, region);
        if (tooLong && decision.Category != TriageCategory.Emergency)
        {
            return new PortalFormError("text", PortalProblem.LongMessage);
        }

        // The form carries a one-time id, so a form posted twice (a double tap, a reload) is
        // stored once: ingest drops a provider message id it has seen.
        var id = Guid.TryParse(nonce, out var given) ? given : Guid.CreateVersion7();
        var message = new InboundMessage(ChannelNames.Portal, practice,
            "portal:" + id.ToString("N"), sender, "portal:" + patientId, null, body, "text",
            decision);
        await queue.SubmitAsync(new IngestRequest([message], [], []), cancellationToken);
        return null;
    }

    private async Task<string> PhoneOfAsync(PracticeContext practice, string patientId,
        CancellationToken cancellationToken)
    {
        await using var db = core.Database.CreateContext();
        var vault = new PatientVault(db, practice);
        var patient = await vault.FindAsync(patientId, null, cancellationToken);
        var cipher = await vault.CipherAsync(patient, cancellationToken);
        return vault.Open(cipher, patient.PhoneCipher, PracticeFields.PatientPhone)
            ?? throw new PatientNotFoundException("The patient has no number on file.");
    }
}
