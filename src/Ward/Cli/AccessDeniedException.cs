namespace Ward.Cli;

/// <summary>A command refused by the permission matrix; printed as one line, exit code 3. The
/// message names the role and the missing permission, never data.</summary>
internal sealed class AccessDeniedException : Exception
{
    public AccessDeniedException()
    {
    }

    public AccessDeniedException(string message)
        : base(message)
    {
    }

    public AccessDeniedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
