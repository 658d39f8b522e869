using Ward.Storage.Audit;

namespace Ward.Access;

/// <summary>Who is acting: a named member of a practice's staff with their role, or Ward
/// itself (the machine that holds the master key, with the <c>system</c> role).</summary>
internal sealed record Principal(string ActorType, string ActorId, string Role)
{
    /// <summary>Ward itself: the server, its jobs, and commands run without <c>--user</c>.</summary>
    public static Principal System { get; } = new(AuditActors.System, "ward", Security.Access.Role.System);

    public static Principal Staff(string userId, string role) => new(AuditActors.User, userId, role);
}
