using System.Security.Cryptography;

namespace Ward.Security.Keys;

/// <summary>
/// The data keys of one practice, in versions 1..n. A version holds two keys: one encrypts
/// fields, the other keys the blind indexes, so that a leaked index key reveals nothing about the
/// ciphertexts and the other way round. The newest version encrypts and indexes; every version
/// decrypts, so adding one needs no re-encryption.
/// </summary>
/// <remarks>
/// A patient may have a data key of their own, wrapped by the practice's field key. Destroying
/// the wrapped key makes everything sealed with it unreadable: erasure by key
/// destruction (crypto-shredding) for GDPR Art. 17 without rewriting other rows.
/// </remarks>
public sealed class PracticeKeys
{
    private const string FieldsUse = "fields";
    private const string IndexUse = "index";

    // A patient has one key; values sealed with it name key version 1.
    private const int PatientKeyVersion = 1;

    private readonly Dictionary<int, byte[]> _fieldKeys;
    private readonly Dictionary<int, BlindIndex> _indexes;
    private readonly Dictionary<int, byte[]> _indexKeys;
    private readonly byte[] _patientKeyPrefix;

    private PracticeKeys(
        string practiceId, Dictionary<int, byte[]> fieldKeys, Dictionary<int, byte[]> indexKeys)
    {
        PracticeId = practiceId;
        CurrentVersion = fieldKeys.Keys.Max();
        _fieldKeys = fieldKeys;
        _indexKeys = indexKeys;
        _indexes = indexKeys.ToDictionary(k => k.Key, k => new BlindIndex(k.Value));
        _patientKeyPrefix = AssociatedData.Prefix("ward/practice", practiceId, "patient-key");
        Fields = new FieldCipher(AssociatedData.Prefix(practiceId), CurrentVersion, fieldKeys);
        Index = _indexes[CurrentVersion];
    }

    /// <summary>The practice these keys belong to.</summary>
    public string PracticeId { get; }

    /// <summary>The newest key version: it encrypts new values and computes
    /// <see cref="Index"/>.</summary>
    public int CurrentVersion { get; }

    /// <summary>Encrypts this practice's fields with the current version; decrypts values sealed
    /// under any version.</summary>
    public FieldCipher Fields { get; }

    /// <summary>Computes blind indexes with the current version's index key. After adding a
    /// version, rows indexed with an older one must be re-indexed to be found.</summary>
    public BlindIndex Index { get; }

    /// <summary>The blind index of an older version, to find rows not yet re-indexed.</summary>
    public BlindIndex IndexOf(int version) =>
        _indexes.TryGetValue(version, out var index)
            ? index
            : throw new ArgumentOutOfRangeException(
                nameof(version), version, "The practice has no such key version loaded.");

    /// <summary>Generates fresh keys for <paramref name="version"/> and returns them wrapped by
    /// <paramref name="master"/> for storage.</summary>
    public static WrappedPracticeKeys Generate(string practiceId, int version, MasterKey master)
    {
        ArgumentException.ThrowIfNullOrEmpty(practiceId);
        ArgumentOutOfRangeException.ThrowIfLessThan(version, 1);
        ArgumentNullException.ThrowIfNull(master);

        var encryption = RandomNumberGenerator.GetBytes(AesGcmCipher.KeySize);
        var index = RandomNumberGenerator.GetBytes(AesGcmCipher.KeySize);
        try
        {
            return Wrap(practiceId, version, encryption, index, master);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(encryption);
            CryptographicOperations.ZeroMemory(index);
        }
    }

    /// <summary>
    /// The next version for <c>ward keys rotate --data-keys</c>: a fresh field key, and the
    /// current index key carried over, so blind indexes stay valid and an instance that has not
    /// yet loaded the new version still finds every row. Wrapped by <paramref name="master"/>.
    /// </summary>
    public WrappedPracticeKeys NextVersion(MasterKey master)
    {
        ArgumentNullException.ThrowIfNull(master);
        var encryption = RandomNumberGenerator.GetBytes(AesGcmCipher.KeySize);
        try
        {
            return Wrap(PracticeId, CurrentVersion + 1, encryption, _indexKeys[CurrentVersion],
                master);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(encryption);
        }
    }

    /// <summary>Unwraps every stored version, each with the ring's key named by its
    /// <see cref="WrappedPracticeKeys.MasterKeyId"/>.</summary>
    /// <exception cref="MissingMasterKeyException">A version is wrapped by a key the ring does
    /// not hold.</exception>
    /// <exception cref="CryptographicException">A wrapped key was altered, belongs to another
    /// practice or version, or its master key is not the one its id names.</exception>
    public static PracticeKeys Open(
        string practiceId, IReadOnlyList<WrappedPracticeKeys> versions, MasterKeyRing ring)
    {
        ArgumentException.ThrowIfNullOrEmpty(practiceId);
        CheckVersions(versions);
        ArgumentNullException.ThrowIfNull(ring);

        var fieldKeys = new Dictionary<int, byte[]>(versions.Count);
        var indexes = new Dictionary<int, byte[]>(versions.Count);
        foreach (var wrapped in versions)
        {
            var master = ring.Find(wrapped.MasterKeyId);
            var version = wrapped.Version;
            var fields = Unwrap(master, practiceId, version, wrapped.EncryptionKey, FieldsUse);
            var index = Unwrap(master, practiceId, version, wrapped.IndexKey, IndexUse);
            fieldKeys.Add(version, fields);
            indexes.Add(version, index);
        }

        return new PracticeKeys(practiceId, fieldKeys, indexes);
    }

    /// <summary>The same keys wrapped under <see cref="MasterKeyRing.Current"/>, for
    /// <c>ward keys rotate</c>.</summary>
    /// <exception cref="MissingMasterKeyException">The ring does not hold the key that wrapped
    /// them.</exception>
    public static WrappedPracticeKeys Rewrap(
        string practiceId, WrappedPracticeKeys wrapped, MasterKeyRing ring)
    {
        ArgumentException.ThrowIfNullOrEmpty(practiceId);
        ArgumentNullException.ThrowIfNull(wrapped);
        ArgumentNullException.ThrowIfNull(ring);

        var master = ring.Find(wrapped.MasterKeyId);
        var version = wrapped.Version;
        var encryption = Unwrap(master, practiceId, version, wrapped.EncryptionKey, FieldsUse);
        var index = Unwrap(master, practiceId, version, wrapped.IndexKey, IndexUse);
        try
        {
            return Wrap(practiceId, version, encryption, index, ring.Current);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(encryption);
            CryptographicOperations.ZeroMemory(index);
        }
    }

    /// <summary>A fresh key for one patient, wrapped by the current field key. Store it beside
    /// the patient; delete it to erase them.</summary>
    public WrappedPatientKey NewPatientKey(string patientId)
    {
        ArgumentException.ThrowIfNullOrEmpty(patientId);

        Span<byte> key = stackalloc byte[AesGcmCipher.KeySize];
        RandomNumberGenerator.Fill(key);
        var wrapped = AesGcmCipher.Seal(
            _fieldKeys[CurrentVersion], key, _patientKeyPrefix, patientId);
        CryptographicOperations.ZeroMemory(key);
        return new WrappedPatientKey(CurrentVersion, wrapped);
    }

    /// <summary>The cipher of one patient's fields. Its associated data names the practice, the
    /// patient and the field, so one patient's ciphertext never opens as another's.</summary>
    /// <exception cref="CryptographicException">The wrapped key was altered, or belongs to
    /// another patient or practice.</exception>
    public FieldCipher OpenPatient(string patientId, WrappedPatientKey wrapped)
    {
        ArgumentException.ThrowIfNullOrEmpty(patientId);
        ArgumentNullException.ThrowIfNull(wrapped);

        var key = UnwrapPatientKey(patientId, wrapped);
        var prefix = AssociatedData.Prefix(PracticeId, "patient", patientId);
        return new FieldCipher(prefix, PatientKeyVersion, key);
    }

    /// <summary>The same patient key wrapped by the current field key, so that an older practice
    /// key version can be retired.</summary>
    public WrappedPatientKey RewrapPatientKey(string patientId, WrappedPatientKey wrapped)
    {
        ArgumentException.ThrowIfNullOrEmpty(patientId);
        ArgumentNullException.ThrowIfNull(wrapped);

        var key = UnwrapPatientKey(patientId, wrapped);
        try
        {
            var rewrapped = AesGcmCipher.Seal(
                _fieldKeys[CurrentVersion], key, _patientKeyPrefix, patientId);
            return new WrappedPatientKey(CurrentVersion, rewrapped);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(key);
        }
    }

    private byte[] UnwrapPatientKey(string patientId, WrappedPatientKey wrapped)
    {
        if (!_fieldKeys.TryGetValue(wrapped.PracticeKeyVersion, out var practiceKey))
        {
            throw new CryptographicException(
                $"The patient key is wrapped by practice key version " +
                $"{wrapped.PracticeKeyVersion}, which is not loaded.");
        }

        var key = AesGcmCipher.Open(practiceKey, wrapped.Wrapped, _patientKeyPrefix, patientId);
        if (key.Length != AesGcmCipher.KeySize)
        {
            throw new CryptographicException("The wrapped patient key has the wrong length.");
        }

        return key;
    }

    private static void CheckVersions(IReadOnlyList<WrappedPracticeKeys> versions)
    {
        ArgumentNullException.ThrowIfNull(versions);
        if (versions.Count == 0)
        {
            throw new ArgumentException(
                "A practice has at least one key version.", nameof(versions));
        }

        var seen = new HashSet<int>();
        foreach (var wrapped in versions)
        {
            ArgumentNullException.ThrowIfNull(wrapped, nameof(versions));
            ArgumentOutOfRangeException.ThrowIfLessThan(wrapped.Version, 1, nameof(versions));
            if (!seen.Add(wrapped.Version))
            {
                throw new ArgumentException(
                    $"Key version {wrapped.Version} is given twice.", nameof(versions));
            }
        }
    }

    private static byte[] Unwrap(
        MasterKey master, string practiceId, int version, byte[] wrapped, string use) =>
        master.Unwrap(wrapped, Purpose(practiceId, version, use));

    private static WrappedPracticeKeys Wrap(
        string practiceId, int version, byte[] encryption, byte[] index, MasterKey master) =>
        new(
            version,
            master.Id,
            master.Wrap(encryption, Purpose(practiceId, version, FieldsUse)),
            master.Wrap(index, Purpose(practiceId, version, IndexUse)));

    // Version 1 keeps the purpose the keys had before versions existed, so stored rows still
    // open. Later versions bind their number, so a row relabelled as another version fails.
    private static string Purpose(string practiceId, int version, string use) =>
        version == 1
            ? $"ward/practice/{practiceId}/{use}"
            : $"ward/practice/{practiceId}/v{version}/{use}";
}
