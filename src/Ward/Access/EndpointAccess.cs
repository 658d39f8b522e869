using Ward.Security.Access;

namespace Ward.Access;

/// <summary>
/// Fails the start of the server when an endpoint has no entry in the permission matrix, or
/// when its caller's role does not hold what the entry requires. Today every endpoint is
/// called by a provider (authenticated by its signature) or by the load balancer, so each acts
/// as Ward itself (<c>system</c>); staff endpoints will name their roles the same way.
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
                var decision = AccessPolicy.Default.Decide(Role.System, rule.Required, false);
                if (!decision.Allowed)
                {
                    throw new InvalidOperationException(
                        $"The endpoint {method} {route} needs what its caller lacks: {decision.Reason}.");
                }
            }
        }
    }
}
