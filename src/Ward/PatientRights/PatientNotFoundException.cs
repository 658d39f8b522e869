namespace Ward.PatientRights;

/// <summary>No such patient in the practice; the message names neither a number nor a
/// name.</summary>
internal sealed class PatientNotFoundException : Exception
{
    public PatientNotFoundException()
    {
    }

    public PatientNotFoundException(string message)
        : base(message)
    {
    }

    public PatientNotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
