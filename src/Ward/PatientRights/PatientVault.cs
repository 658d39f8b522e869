using Microsoft.EntityFrameworkCore;
using Ward.Practices;
using Ward.Security;
using Ward.Security.Keys;
using Ward.Storage;
using Ward.Storage.Entities;

namespace Ward.PatientRights;

/// <summary>
/// Finds one patient of one practice and opens their fields. A patient's fields are sealed
/// with their own key; fields stored before patient keys existed are sealed with the practice
/// key, so both are tried. Every query is scoped to the practice: an id from another practice
/// is simply not found.
/// </summary>
internal sealed class PatientVault(WardDbContext db, PracticeContext practice)
{
    public async Task<PatientRow> FindAsync(string? patientId, string? phone,
        CancellationToken cancellationToken)
    {
        var index = phone is null ? null
            : practice.Keys.Index.Compute(PracticeFields.PhoneIndexDomain, phone);
        var row = await db.Patients.SingleOrDefaultAsync(p => p.PracticeId == practice.Id
            && (patientId != null ? p.Id == patientId : p.PhoneIndex == index), cancellationToken);
        return row ?? throw new PatientNotFoundException(
            $"No patient with that {(patientId is null ? "number" : "id")} in practice "
            + $"\"{practice.Id}\".");
    }

    public async Task<FieldCipher?> CipherAsync(PatientRow patient, CancellationToken cancellationToken)
    {
        var key = await db.PatientKeys.AsNoTracking()
            .SingleOrDefaultAsync(k => k.PatientId == patient.Id, cancellationToken);
        return key is null ? null : practice.Keys.OpenPatient(patient.Id,
            new WrappedPatientKey(key.PracticeKeyVersion, key.WrappedKey));
    }

    /// <summary>Opens a field with the patient's key, else the practice key; an erased value
    /// (empty) reads as null.</summary>
    public string? Open(FieldCipher? patientCipher, byte[]? sealedValue, string field)
    {
        if (sealedValue is null || sealedValue.Length == 0)
        {
            return null;
        }

        try
        {
            return (patientCipher ?? practice.Keys.Fields).Decrypt(sealedValue, field);
        }
        catch (System.Security.Cryptography.CryptographicException) when (patientCipher is not null)
        {
            return practice.Keys.Fields.Decrypt(sealedValue, field);
        }
    }
}
