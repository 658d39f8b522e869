using Microsoft.EntityFrameworkCore;
using Ward.Practices;
using Ward.Security;
using Ward.Security.Keys;
using Ward.Storage;
using Ward.Storage.Entities;

namespace Ward.Ingest;

/// <summary>
/// Each patient's own field cipher for one ingest batch. A patient's fields are sealed under a
/// key of their own, wrapped by the practice key, so that erasure can destroy that one key
/// (GDPR Art. 17; backups included). Keys are loaded in one query and opened once per batch.
/// </summary>
internal sealed class PatientCiphers(WardDbContext db, long now)
{
    private readonly Dictionary<string, FieldCipher> _ciphers = new(StringComparer.Ordinal);

    public async Task PreloadAsync(IReadOnlyCollection<PatientRow> patients,
        IReadOnlyDictionary<string, PracticeContext> practices, CancellationToken cancellationToken)
    {
        var ids = patients.Select(p => p.Id).ToList();
        var rows = await db.PatientKeys.AsNoTracking().Where(k => ids.Contains(k.PatientId))
            .ToListAsync(cancellationToken);
        foreach (var row in rows)
        {
            var keys = practices[row.PracticeId].Keys;
            _ciphers[row.PatientId] = keys.OpenPatient(row.PatientId,
                new WrappedPatientKey(row.PracticeKeyVersion, row.WrappedKey));
        }
    }

    /// <summary>The patient's cipher; a patient without a key (new, or stored before patient
    /// keys existed) gets one now.</summary>
    public FieldCipher For(PatientRow patient, PracticeKeys keys)
    {
        if (_ciphers.TryGetValue(patient.Id, out var cipher))
        {
            return cipher;
        }

        var wrapped = keys.NewPatientKey(patient.Id);
        db.PatientKeys.Add(new PatientKeyRow
        {
            PatientId = patient.Id, PracticeId = patient.PracticeId,
            PracticeKeyVersion = wrapped.PracticeKeyVersion, WrappedKey = wrapped.Wrapped,
            CreatedAtMs = now,
        });
        return _ciphers[patient.Id] = keys.OpenPatient(patient.Id, wrapped);
    }
}
