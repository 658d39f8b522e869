using System.Security.Cryptography;
using Ward.Security.Keys;
using Ward.Security.Tests.Encryption;

namespace Ward.Security.Tests.Keys;

public sealed class PracticeKeysPatientTests
{
    [Fact]
    public void OpenPatient_OwnValue_RoundTrips()
    {
        var practice = NewPractice("practice-a");
        var wrapped = practice.Keys.NewPatientKey("patient-1");

        var cipher = practice.Keys.OpenPatient("patient-1", wrapped);

        var again = practice.Keys.OpenPatient("patient-1", wrapped);
        Assert.Equal("Jane Doe", again.Decrypt(cipher.Encrypt("Jane Doe", "name"), "name"));
        Assert.Equal(1, wrapped.PracticeKeyVersion);
    }

    [Fact]
    public void OpenPatient_KeyAndValuesSealedByHand_BindPracticePatientAndField()
    {
        // The brief's bindings: the wrapped key's associated data names the practice,
        // "patient-key" and the patient; a value's names the practice, "patient", the patient and
        // the field.
        var master = new MasterKey(RandomNumberGenerator.GetBytes(32), "test");
        var fieldKey = RandomNumberGenerator.GetBytes(32);
        var row = new WrappedPracticeKeys(
            1,
            master.Id,
            master.Wrap(fieldKey, "ward/practice/practice-a/fields"),
            master.Wrap(RandomNumberGenerator.GetBytes(32), "ward/practice/practice-a/index"));
        var keys = PracticeKeys.Open("practice-a", [row], new MasterKeyRing(master, []));
        var patientKey = RandomNumberGenerator.GetBytes(32);
        var wrapped = new WrappedPatientKey(1, HandSealed.Layout1(
            fieldKey, patientKey, "ward/practice/practice-a/patient-key/patient-1"));
        var own = HandSealed.Layout2(patientKey, 1, "Jane", "practice-a/patient/patient-1/name");
        var other = HandSealed.Layout2(patientKey, 1, "Jane", "practice-a/patient/patient-2/name");

        var cipher = keys.OpenPatient("patient-1", wrapped);

        Assert.Equal("Jane", cipher.Decrypt(own, "name"));
        Assert.ThrowsAny<CryptographicException>(() => cipher.Decrypt(other, "name"));
        Assert.ThrowsAny<CryptographicException>(() => cipher.Decrypt(own, "phone"));
    }

    [Fact]
    public void Decrypt_AnotherPatientsValue_ThrowsCryptographicException()
    {
        var keys = NewPractice("practice-a").Keys;
        var first = keys.OpenPatient("patient-1", keys.NewPatientKey("patient-1"));
        var second = keys.OpenPatient("patient-2", keys.NewPatientKey("patient-2"));
        var sealedValue = first.Encrypt("Jane Doe", "name");

        var act = () => second.Decrypt(sealedValue, "name");

        Assert.ThrowsAny<CryptographicException>(act);
    }

    [Fact]
    public void OpenPatient_AnotherPatientsWrappedKey_ThrowsCryptographicException()
    {
        var keys = NewPractice("practice-a").Keys;
        var wrapped = keys.NewPatientKey("patient-1");

        var act = () => keys.OpenPatient("patient-2", wrapped);

        Assert.ThrowsAny<CryptographicException>(act);
    }

    [Fact]
    public void Decrypt_SamePatientIdInAnotherPractice_ThrowsCryptographicException()
    {
        var a = NewPractice("practice-a").Keys;
        var b = NewPractice("practice-b").Keys;
        var sealedValue = a.OpenPatient("patient-1", a.NewPatientKey("patient-1"))
            .Encrypt("Jane Doe", "name");
        var other = b.OpenPatient("patient-1", b.NewPatientKey("patient-1"));

        var act = () => other.Decrypt(sealedValue, "name");

        Assert.ThrowsAny<CryptographicException>(act);
    }

    [Fact]
    public void OpenPatient_WrappedKeyMovedToAnotherPractice_ThrowsCryptographicException()
    {
        var wrapped = NewPractice("practice-a").Keys.NewPatientKey("patient-1");
        var other = NewPractice("practice-b").Keys;

        var act = () => other.OpenPatient("patient-1", wrapped);

        Assert.ThrowsAny<CryptographicException>(act);
    }

    [Fact]
    public void Decrypt_PatientValueForAnotherField_ThrowsCryptographicException()
    {
        var keys = NewPractice("practice-a").Keys;
        var cipher = keys.OpenPatient("patient-1", keys.NewPatientKey("patient-1"));
        var sealedValue = cipher.Encrypt("Jane Doe", "name");

        var act = () => cipher.Decrypt(sealedValue, "phone");

        Assert.ThrowsAny<CryptographicException>(act);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    [InlineData(20)]
    [InlineData(-1)]
    public void OpenPatient_WrappedKeyByteFlipped_ThrowsCryptographicException(int position)
    {
        var keys = NewPractice("practice-a").Keys;
        var wrapped = keys.NewPatientKey("patient-1");
        var index = position < 0 ? wrapped.Wrapped.Length + position : position;
        wrapped.Wrapped[index] ^= 0x01;

        var act = () => keys.OpenPatient("patient-1", wrapped);

        Assert.ThrowsAny<CryptographicException>(act);
    }

    [Fact]
    public void OpenPatient_KeyFromVersion1_OpensAfterVersion2AndNewKeysUseVersion2()
    {
        var practice = NewPractice("practice-a");
        var wrapped = practice.Keys.NewPatientKey("patient-1");
        var sealedValue = practice.Keys.OpenPatient("patient-1", wrapped).Encrypt("Jane", "name");
        var keys = practice.AddVersion();

        var cipher = keys.OpenPatient("patient-1", wrapped);

        Assert.Equal("Jane", cipher.Decrypt(sealedValue, "name"));
        Assert.Equal(2, keys.NewPatientKey("patient-2").PracticeKeyVersion);
    }

    [Fact]
    public void RewrapPatientKey_Version1Key_OpensWithVersion2Alone()
    {
        var practice = NewPractice("practice-a");
        var wrapped = practice.Keys.NewPatientKey("patient-1");
        var sealedValue = practice.Keys.OpenPatient("patient-1", wrapped).Encrypt("Jane", "name");
        var keys = practice.AddVersion();

        var rewrapped = keys.RewrapPatientKey("patient-1", wrapped);

        var onlyV2 = practice.OpenVersions(2);
        Assert.Equal(2, rewrapped.PracticeKeyVersion);
        var cipher = onlyV2.OpenPatient("patient-1", rewrapped);
        Assert.Equal("Jane", cipher.Decrypt(sealedValue, "name"));
    }

    [Fact]
    public void Decrypt_WrappedKeyDestroyed_NoPracticeKeyVersionOpensTheValue()
    {
        var practice = NewPractice("practice-a");
        var sealedValue = SealAndDestroyPatientKey(practice.Keys, "patient-1");
        practice.AddVersion();
        var keys = practice.AddVersion();

        var attempts = new List<Action>();
        foreach (var version in new[] { 1, 2, 3 })
        {
            var relabelled = HandSealed.Relabelled(sealedValue, (uint)version);
            attempts.Add(() => keys.Fields.Decrypt(relabelled, "name"));
            var forged = new WrappedPatientKey(version, keys.NewPatientKey("patient-1").Wrapped);
            attempts.Add(() => keys.OpenPatient("patient-1", forged).Decrypt(sealedValue, "name"));
        }

        var fresh = keys.OpenPatient("patient-1", keys.NewPatientKey("patient-1"));
        attempts.Add(() => fresh.Decrypt(sealedValue, "name"));
        Assert.All(attempts, a => Assert.ThrowsAny<CryptographicException>(a));
    }

    [Fact]
    public void Decrypt_PatientValueWithPracticeCipher_ThrowsCryptographicException()
    {
        var keys = NewPractice("practice-a").Keys;
        var sealedValue = keys.OpenPatient("patient-1", keys.NewPatientKey("patient-1"))
            .Encrypt("Jane Doe", "name");

        var act = () => keys.Fields.Decrypt(sealedValue, "name");

        Assert.ThrowsAny<CryptographicException>(act);
    }

    private static TestPractice NewPractice(string practiceId) => new(practiceId);

    // The wrapped key never leaves this method: it is destroyed, as erasure does.
    private static byte[] SealAndDestroyPatientKey(PracticeKeys keys, string patientId)
    {
        var wrapped = keys.NewPatientKey(patientId);
        var sealedValue = keys.OpenPatient(patientId, wrapped).Encrypt("Jane", "name");
        CryptographicOperations.ZeroMemory(wrapped.Wrapped);
        return sealedValue;
    }

    /// <summary>A practice whose wrapped key versions the test can extend.</summary>
    private sealed class TestPractice
    {
        private readonly string _practiceId;
        private readonly MasterKey _master = new(RandomNumberGenerator.GetBytes(32), "test");
        private readonly List<WrappedPracticeKeys> _versions = [];

        public TestPractice(string practiceId)
        {
            _practiceId = practiceId;
            Keys = AddVersion();
        }

        public PracticeKeys Keys { get; private set; }

        public PracticeKeys AddVersion()
        {
            _versions.Add(PracticeKeys.Generate(_practiceId, _versions.Count + 1, _master));
            Keys = OpenVersions([.. _versions.Select(v => v.Version)]);
            return Keys;
        }

        public PracticeKeys OpenVersions(params int[] versions) => PracticeKeys.Open(
            _practiceId,
            [.. _versions.Where(v => versions.Contains(v.Version))],
            new MasterKeyRing(_master, []));
    }
}
