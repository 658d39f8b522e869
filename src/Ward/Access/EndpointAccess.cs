using Microsoft.AspNetCore.Authorization;
using Ward.Security.Access;
using Ward.Staff.Identity;

namespace Ward.Access;

/// <summary>
/// Fails the start of the server when an endpoint has no entry in the permission matrix, or
/// when its callers cannot hold what the entry requires. Providers and the load balancer act
/// as Ward itself (<c>system</c>). A staff endpoint must enforce the policy of its permission
/// (<c>ward:Permission</c>), and some staff role other than <c>system</c> must hold it.
/// </summary>
internal static class EndpointAccess
{
    public static void RequireRules(IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        foreach (var endpoint in app.DataSources.SelectMany(s => s.Endpoints).OfType<RouteEndpoint>())
        {
            var route = "/" + endpoint.RoutePattern.RawText?.TrimStart('/');
            var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["*"];
            foreach (var method in methods)
            {
                var rule = Operations.Endpoint(method, route) ?? throw new InvalidOperationException(
                    $"The endpoint {method} {route} has no entry in the access matrix.");
                var problem = Operations.IsStaff(rule) ? StaffProblem(endpoint, rule)
                    : SystemProblem(rule);
                if (problem is not null)
                {
                    throw new InvalidOperationException($"The endpoint {method} {route} {problem}.");
                }
            }
        }
    }

    private static string? SystemProblem(AccessRule rule)
    {
        var decision = AccessPolicy.Default.Decide(Role.System, rule.Required, false);
        return decision.Allowed ? null : $"needs what its caller lacks: {decision.Reason}";
    }

    private static string? StaffProblem(Endpoint endpoint, AccessRule rule)
    {
        if (rule.Required == Permission.None)
        {
            return null;
        }

        var policy = StaffPolicies.For(rule.Required);
        var declared = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>();
        if (!declared.Any(a => a.Policy == policy))
        {
            return $"does not enforce the policy {policy} its entry requires";
        }

        var holders = StaffRoles(rule.Required);
        return holders.Count > 0 ? null : "requires what no staff role holds";
    }

    /// <summary>The staff roles (never <c>system</c>) that hold every bit of
    /// <paramref name="required"/>.</summary>
    public static IReadOnlyList<string> StaffRoles(Permission required) =>
        [.. AccessPolicy.Default.Roles.Where(r => r != Role.System
            && AccessPolicy.Default.Decide(r, required, false).Allowed)];
}
