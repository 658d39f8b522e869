namespace Ward.Registers;

/// <summary>Input a register refuses; the message says what to fix and never echoes
/// data.</summary>
internal sealed class RegisterException : Exception
{
    public RegisterException()
    {
    }

    public RegisterException(string message)
        : base(message)
    {
    }

    public RegisterException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
