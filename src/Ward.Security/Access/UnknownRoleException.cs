namespace Ward.Security.Access;

/// <summary>Thrown when a role name is not one of the roles the policy defines.</summary>
public sealed class UnknownRoleException : Exception
{
    /// <summary>Creates the exception with a default message.</summary>
    public UnknownRoleException()
        : base("The name is not a role.")
    {
    }

    /// <summary>Creates the exception with a message that names the role and the roles.</summary>
    public UnknownRoleException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the exception that caused it.</summary>
    public UnknownRoleException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
