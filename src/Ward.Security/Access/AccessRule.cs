namespace Ward.Security.Access;

/// <summary>
/// One operation and the permissions it requires: a CLI command or an HTTP endpoint.
/// </summary>
/// <param name="Operation">The command line or the method and route, for example
/// <c>ward audit verify</c> or <c>GET /api/messages/{id}</c>.</param>
/// <param name="Required">Every permission the operation requires.</param>
/// <param name="Kind"><see cref="Command"/> or <see cref="Endpoint"/>.</param>
public sealed record AccessRule(string Operation, Permission Required, string Kind)
{
    /// <summary>The kind of a CLI command.</summary>
    public const string Command = "command";

    /// <summary>The kind of an HTTP endpoint.</summary>
    public const string Endpoint = "endpoint";
}
