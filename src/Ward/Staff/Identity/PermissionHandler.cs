using Microsoft.AspNetCore.Authorization;
using Ward.Security.Access;

namespace Ward.Staff.Identity;

/// <summary>Decides <see cref="PermissionRequirement"/> with the same role grants the command
/// line uses, so the web and the terminal can never disagree.</summary>
internal sealed class PermissionHandler : AuthorizationHandler<PermissionRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context,
        PermissionRequirement requirement)
    {
        var member = StaffMember.From(context.User);
        if (member is { MfaDone: true } && AccessPolicy.Default.IsRole(member.Role)
            && member.Role != Role.System
            && AccessPolicy.Default.Decide(member.Role, requirement.Required, false).Allowed)
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
