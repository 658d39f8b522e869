using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using Ward.Security.Access;

namespace Ward.Staff.Identity;

/// <summary>Builds the policy for any <c>ward:</c> name on demand, so every permission and
/// every combination of them has its policy without a list to keep in step.</summary>
internal sealed class StaffPolicyProvider(IOptions<AuthorizationOptions> options)
    : DefaultAuthorizationPolicyProvider(options)
{
    public override async Task<AuthorizationPolicy?> GetPolicyAsync(string policyName)
    {
        ArgumentNullException.ThrowIfNull(policyName);
        if (policyName == StaffPolicies.Enrolling)
        {
            return new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
        }

        if (policyName == StaffPolicies.Staff)
        {
            return new AuthorizationPolicyBuilder().RequireAuthenticatedUser()
                .RequireClaim(StaffClaims.Amr, StaffClaims.Mfa).Build();
        }

        if (policyName.StartsWith(StaffPolicies.Prefix, StringComparison.Ordinal)
            && Enum.TryParse<Permission>(policyName[StaffPolicies.Prefix.Length..], out var required))
        {
            return new AuthorizationPolicyBuilder().RequireAuthenticatedUser()
                .AddRequirements(new PermissionRequirement(required)).Build();
        }

        return await base.GetPolicyAsync(policyName);
    }
}
