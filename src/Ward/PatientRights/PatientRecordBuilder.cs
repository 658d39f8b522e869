using Microsoft.EntityFrameworkCore;
using Ward.Practices;
using Ward.Security;
using Ward.Storage;
using Ward.Storage.Entities;

namespace Ward.PatientRights;

/// <summary>Collects a <see cref="PatientRecord"/>: decrypts the patient's fields and
/// messages, reads their consent entries and the audit events about them.</summary>
internal sealed class PatientRecordBuilder(WardDbContext db, PracticeContext practice, TimeProvider time)
{
    public async Task<PatientRecord> BuildAsync(PatientRow patient, CancellationToken cancellationToken)
    {
        var vault = new PatientVault(db, practice);
        var cipher = await vault.CipherAsync(patient, cancellationToken);
        var conversations = await db.Conversations.AsNoTracking()
            .Where(c => c.PracticeId == practice.Id && c.PatientId == patient.Id)
            .OrderBy(c => c.CreatedAtMs).ToListAsync(cancellationToken);
        var ids = conversations.Select(c => c.Id).ToList();
        var messages = await db.Messages.AsNoTracking()
            .Where(m => m.PracticeId == practice.Id && ids.Contains(m.ConversationId))
            .OrderBy(m => m.CreatedAtMs).ThenBy(m => m.Direction) // "in" before its reply
            .ToListAsync(cancellationToken);

        var details = new PatientDetails(patient.Id,
            vault.Open(cipher, patient.PhoneCipher, PracticeFields.PatientPhone),
            vault.Open(cipher, patient.NameCipher, PracticeFields.PatientName),
            At(patient.CreatedAtMs), patient.ErasedAtMs is { } erased ? At(erased) : null,
            vault.Open(cipher, patient.DateOfBirthCipher, PracticeFields.PatientBirthDate));
        var threads = conversations.Select(c => new ConversationRecord(c.Id, c.Channel, c.Language,
            At(c.CreatedAtMs), [.. messages.Where(m => m.ConversationId == c.Id)
                .Select(m => ToRecord(vault, cipher, m))])).ToList();
        var resources = ids.Concat(messages.Select(m => m.Id)).Append(patient.Id).ToList();
        return new PatientRecord(practice.Id, practice.Settings.Name, time.GetUtcNow(), details,
            threads, await ConsentsAsync(patient, cancellationToken),
            await AccessLogAsync(resources, cancellationToken));
    }

    private static MessageRecord ToRecord(PatientVault vault, FieldCipher? cipher, MessageRow m) =>
        new(m.Id, m.Direction, At(m.CreatedAtMs),
            vault.Open(cipher, m.BodyCipher, PracticeFields.MessageBody), m.Category,
            m.DeliveryStatus);

    private async Task<List<ConsentRecord>> ConsentsAsync(
        PatientRow patient, CancellationToken cancellationToken) =>
        (await db.Consents.AsNoTracking()
            .Where(c => c.PracticeId == practice.Id && c.PatientId == patient.Id)
            .OrderBy(c => c.Id).ToListAsync(cancellationToken))
        .Select(c => new ConsentRecord(c.Purpose, c.Choice, c.TextShown, c.Language, c.Channel,
            At(c.RecordedAtMs))).ToList();

    private async Task<List<AccessRecord>> AccessLogAsync(
        List<string> resources, CancellationToken cancellationToken) =>
        (await db.AuditEvents.AsNoTracking()
            .Where(e => e.PracticeId == practice.Id && resources.Contains(e.ResourceId))
            .OrderBy(e => e.Sequence).ToListAsync(cancellationToken))
        .Select(e => new AccessRecord(At(e.OccurredAtMs), e.ActorType, e.ActorId, e.Action,
            $"{e.ResourceType}/{e.ResourceId}", e.Purpose)).ToList();

    private static DateTimeOffset At(long ms) => DateTimeOffset.FromUnixTimeMilliseconds(ms);
}
