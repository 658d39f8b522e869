namespace Ward.Components.Compliance;

/// <summary>A patient's request as staff enter it: the number on file, and for erasure the
/// confirmation that it cannot be undone.</summary>
internal sealed class PatientRequestForm
{
    public string? Phone { get; set; }

    public bool Confirm { get; set; }
}
