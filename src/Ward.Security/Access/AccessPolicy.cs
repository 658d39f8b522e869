namespace Ward.Security.Access;

/// <summary>
/// Decides whether a role may perform an operation that requires a set of permissions. Holds
/// the role grants in memory and does no I/O; <see cref="Default"/> reads them from the role
/// definitions, schema-checked on first use.
/// </summary>
public sealed class AccessPolicy
{
    private static readonly Lazy<AccessPolicy> DefaultPolicy =
        new(() => new AccessPolicy(RoleDefinitions.Parse(RoleDefinitions.Json)));

    private readonly Dictionary<string, Permission> _grants;

    internal AccessPolicy(IReadOnlyList<Role> roles)
    {
        ArgumentNullException.ThrowIfNull(roles);
        _grants = roles.ToDictionary(r => r.Name, r => r.Permissions, StringComparer.Ordinal);
        Roles = [.. roles.Select(r => r.Name)];
    }

    /// <summary>
    /// The policy of the built-in role definitions. Throws <see cref="InvalidOperationException"/>
    /// naming the bad entry if those definitions fail their schema check.
    /// </summary>
    public static AccessPolicy Default => DefaultPolicy.Value;

    /// <summary>
    /// The permissions a role holding <see cref="Permission.BreakGlass"/> may open in an
    /// emergency without holding them (HIPAA 164.312(a)(2)(ii) emergency access procedure):
    /// content needed for care, never administration.
    /// </summary>
    public static Permission BreakGlassable { get; } =
        Permission.ReadMessages | Permission.ReadPatients | Permission.ExportPatientData;

    /// <summary>The role names, in the order of the role definitions.</summary>
    public IReadOnlyList<string> Roles { get; }

    /// <summary>Whether <paramref name="name"/> is a role of this policy; names are
    /// case-sensitive.</summary>
    public bool IsRole(string name) => name is not null && _grants.ContainsKey(name);

    /// <summary>The permissions a role holds; throws <see cref="UnknownRoleException"/> for a name
    /// that is not a role.</summary>
    public Permission PermissionsOf(string role)
    {
        ArgumentNullException.ThrowIfNull(role);
        if (!_grants.TryGetValue(role, out var held))
        {
            throw new UnknownRoleException(
                $"'{role}' is not a role; roles: {string.Join(", ", Roles)}");
        }

        return held;
    }

    /// <summary>
    /// Decides whether <paramref name="role"/> may do what needs every bit of
    /// <paramref name="required"/>. A role lacking only break-glassable bits is allowed, by
    /// break-glass, when <paramref name="breakGlass"/> is asked and the role holds
    /// <see cref="Permission.BreakGlass"/>. <see cref="Permission.None"/> is allowed for every
    /// role. Throws <see cref="UnknownRoleException"/> for an unknown role, and
    /// <see cref="ArgumentOutOfRangeException"/> for bits no permission defines.
    /// </summary>
    public AccessDecision Decide(string role, Permission required, bool breakGlass)
    {
        var held = PermissionsOf(role);
        if ((required & ~PermissionCatalog.All) != Permission.None)
        {
            throw new ArgumentOutOfRangeException(
                nameof(required), "The required permissions include undefined bits.");
        }

        var missing = required & ~held;
        if (missing == Permission.None)
        {
            var reason = required == Permission.None
                ? "no permission is required"
                : $"'{role}' holds {Names(required)}";
            return new AccessDecision(true, false, reason);
        }

        return breakGlass ? DecideBreakGlass(role, held, missing) : Deny(role, missing, null);
    }

    private static AccessDecision DecideBreakGlass(string role, Permission held, Permission missing)
    {
        if (!held.HasFlag(Permission.BreakGlass))
        {
            return Deny(role, missing, $"'{role}' may not break glass");
        }

        var uncovered = missing & ~BreakGlassable;
        if (uncovered != Permission.None)
        {
            return Deny(role, missing, $"break-glass does not open {Names(uncovered)}");
        }

        return new AccessDecision(true, true, $"'{role}' breaks glass for {Names(missing)}");
    }

    private static AccessDecision Deny(string role, Permission missing, string? why)
    {
        var reason = $"'{role}' lacks {Names(missing)}";
        return new AccessDecision(false, false, why is null ? reason : $"{reason}; {why}");
    }

    private static string Names(Permission permissions) =>
        string.Join(", ", PermissionCatalog.Names(permissions));
}
