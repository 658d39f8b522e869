using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Ward.Access;
using Ward.Ingest;
using Ward.Keys;
using Ward.Practices;
using Ward.Storage;
using Ward.Storage.Audit;
using Ward.Storage.Entities;

namespace Ward.PatientRights;

/// <summary>
/// Keeps what is on file for a patient: today the date of birth the portal's identity check
/// asks for. A number not yet known becomes a patient, as the front desk registers them before
/// they first write. The value is sealed under the patient's own key, so erasure destroys it
/// with the rest; the change is audited in the same transaction.
/// </summary>
internal sealed class PatientFile(WardDbContext db, PracticeContext practice,
    PracticeKeyStore keyStore, TimeProvider time)
{
    /// <summary>Sets the date of birth; returns the patient id and whether the patient is
    /// new.</summary>
    public async Task<(string PatientId, bool Created)> SetDateOfBirthAsync(string? patientId,
        string? e164, DateOnly birth, Principal actor, AuditLog audit, string source,
        CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        var ciphers = new PatientCiphers(db, now, keyStore);
        var patient = await FindAsync(patientId, e164, cancellationToken);
        var created = patient is null;
        if (patient is null)
        {
            var index = practice.Keys.Index.Compute(PracticeFields.PhoneIndexDomain, e164!);
            patient = new PatientRow
            {
                Id = Guid.CreateVersion7().ToString(), PracticeId = practice.Id,
                PhoneIndex = index, PhoneCipher = [], CreatedAtMs = now,
            };
            patient.PhoneCipher = ciphers.For(patient, practice.Keys)
                .Encrypt(e164!, PracticeFields.PatientPhone);
            db.Patients.Add(patient);
        }
        else
        {
            await ciphers.PreloadAsync([patient],
                new Dictionary<string, PracticeContext> { [practice.Id] = practice },
                cancellationToken);
        }

        patient.DateOfBirthCipher = ciphers.For(patient, practice.Keys).Encrypt(
            birth.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            PracticeFields.PatientBirthDate);
        await audit.AppendAsync(db, [new AuditRecord(practice.Id, actor.ActorType, actor.ActorId,
            created ? "patient.created" : "patient.updated", "Patient", patient.Id,
            created ? "phone,date_of_birth" : "date_of_birth", "identity-verification",
            SourceAddress: source)], cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return (patient.Id, created);
    }

    /// <summary>The patient named by id (who must exist) or by number (who may not yet); an
    /// erased patient is never written to again.</summary>
    private async Task<PatientRow?> FindAsync(string? patientId, string? e164,
        CancellationToken cancellationToken)
    {
        if (patientId is null)
        {
            var index = practice.Keys.Index.Compute(PracticeFields.PhoneIndexDomain, e164!);
            return await db.Patients.SingleOrDefaultAsync(
                p => p.PracticeId == practice.Id && p.PhoneIndex == index, cancellationToken);
        }

        var patient = await new PatientVault(db, practice).FindAsync(patientId, null,
            cancellationToken);
        return patient.ErasedAtMs is null ? patient
            : throw new PatientNotFoundException($"Patient {patient.Id} is erased.");
    }
}
