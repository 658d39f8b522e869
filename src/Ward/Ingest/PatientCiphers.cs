using Microsoft.EntityFrameworkCore;
using Ward.Keys;
using Ward.Practices;
using Ward.Security;
using Ward.Security.Keys;
using Ward.Storage;
using Ward.Storage.Entities;

namespace Ward.Ingest;

/// <summary>
/// Each patient's own field cipher for one ingest batch. A patient's fields are sealed under a
/// key of their own, wrapped by the practice key, so that erasure can destroy that one key
/// (GDPR Art. 17). Keys are loaded in one query and opened once per batch.
/// </summary>
internal sealed class PatientCiphers(WardDbContext db, long now, PracticeKeyStore keyStore)
{
    private readonly Dictionary<string, FieldCipher> _ciphers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PracticeKeys> _reloaded = new(StringComparer.Ordinal);

    public async Task PreloadAsync(IReadOnlyCollection<PatientRow> patients,
        IReadOnlyDictionary<string, PracticeContext> practices, CancellationToken cancellationToken)
    {
        var ids = patients.Select(p => p.Id).ToList();
        var rows = await db.PatientKeys.AsNoTracking().Where(k => ids.Contains(k.PatientId))
            .ToListAsync(cancellationToken);
        foreach (var row in rows)
        {
            var keys = practices[row.PracticeId].Keys;
            if (row.PracticeKeyVersion > keys.CurrentVersion)
            {
                keys = await NewerKeysAsync(row.PracticeId, cancellationToken);
            }

            _ciphers[row.PatientId] = keys.OpenPatient(row.PatientId,
                new WrappedPatientKey(row.PracticeKeyVersion, row.WrappedKey));
        }
    }

    /// <summary>Another instance sealed this patient's key with a practice key version added
    /// since this one last loaded the directory (a rotation moments ago): read the versions
    /// now rather than refuse the message.</summary>
    private async Task<PracticeKeys> NewerKeysAsync(string practiceId, CancellationToken cancellationToken)
    {
        if (!_reloaded.TryGetValue(practiceId, out var keys))
        {
            var rows = await db.PracticeKeys.AsNoTracking().Where(k => k.PracticeId == practiceId)
                .ToListAsync(cancellationToken);
            _reloaded[practiceId] = keys = keyStore.Open(practiceId, rows);
        }

        return keys;
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
