namespace Ward.Storage.Entities;

/// <summary>A patient, found by the blind index of their E.164 phone number.</summary>
public sealed class PatientRow
{
    public required string Id { get; set; }

    public required string PracticeId { get; set; }

    public required string PhoneIndex { get; set; }

    public required byte[] PhoneCipher { get; set; }

    public byte[]? NameCipher { get; set; }

    /// <summary>The date of birth on file (ISO 8601, sealed), asked for by the portal's
    /// identity check.</summary>
    public byte[]? DateOfBirthCipher { get; set; }

    public string? PhoneRegion { get; set; }

    public long CreatedAtMs { get; set; }

    public long? ErasedAtMs { get; set; }
}
