using Microsoft.AspNetCore.Authorization;
using Ward.Security.Access;

namespace Ward.Staff.Identity;

/// <summary>Asks that the signed-in staff member's role hold <see cref="Required"/>, after
/// the authenticator code was given.</summary>
internal sealed record PermissionRequirement(Permission Required) : IAuthorizationRequirement;
