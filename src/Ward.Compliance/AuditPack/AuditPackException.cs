namespace Ward.Compliance.AuditPack;

/// <summary>The audit pack writer was called in a way it cannot honour: an output folder
/// that is not empty, a document name that is not a plain file name, events that do not
/// belong to the pack. Messages name folders, files and sequences, never data.</summary>
public sealed class AuditPackException : Exception
{
    public AuditPackException()
    {
    }

    public AuditPackException(string message)
        : base(message)
    {
    }

    public AuditPackException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
