namespace Ward.Storage.Entities;

/// <summary>A patient's own data key, wrapped by the practice's field key of <see
/// cref="PracticeKeyVersion"/>. Deleting this row erases the patient: every field sealed with
/// the key becomes unreadable (crypto-shredding).</summary>
public sealed class PatientKeyRow
{
    public required string PatientId { get; set; }

    public required string PracticeId { get; set; }

    public int PracticeKeyVersion { get; set; }

    public required byte[] WrappedKey { get; set; }

    public long CreatedAtMs { get; set; }
}
