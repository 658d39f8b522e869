using Ward.Access;
using Ward.Compliance.Consent;
using Ward.Hosting;
using Ward.Storage.Audit;
using Ward.Storage.Entities;

namespace Ward.Registers;

/// <summary>
/// Records a patient's answer given outside a message (a signed form, in person, on the phone)
/// in the consent ledger, with the exact text they were shown and its language (GDPR Art. 7(1):
/// the practice must be able to show consent was given).
/// </summary>
internal sealed class ConsentRecorder(WardCore core, Principal actor, string practiceId)
{
    public async Task<long> RecordAsync(string patientId, ConsentPurpose purpose,
        ConsentChoice choice, ConsentWording wording, CancellationToken cancellationToken)
    {
        await using var db = core.Database.CreateContext();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var row = new ConsentRow
        {
            PracticeId = practiceId, PatientId = patientId,
            Purpose = ConsentWords.NameOf(purpose), Choice = ConsentWords.NameOf(choice),
            TextShown = wording.Text, Language = wording.Language, Channel = wording.Channel,
            RecordedBy = actor.ActorId, RecordedAtMs = core.Time.GetUtcNow().ToUnixTimeMilliseconds(),
        };
        db.Consents.Add(row);
        await db.SaveChangesAsync(cancellationToken);
        await core.Audit.AppendAsync(db,
        [
            new AuditRecord(practiceId, actor.ActorType, actor.ActorId, "consent.recorded",
                "Consent", row.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                "purpose,choice,text", "consent", SourceAddress: wording.Channel),
        ], cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return row.Id;
    }
}
