using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Ward.Access;
using Ward.Host.Tests.Support;
using Ward.Security.Access;

namespace Ward.Host.Tests.Access;

/// <summary>The endpoint half of the matrix: every mapped endpoint has a rule, and the server
/// refuses to start with one that has not.</summary>
public sealed class EndpointAccessTests
{
    [Fact]
    public async Task RunningServer_EveryEndpointHasARuleItsCallerHolds()
    {
        await using var ward = await WardTestServer.StartAsync("sqlite");
        var endpoints = ((IEndpointRouteBuilder)ward.App).DataSources
            .SelectMany(s => s.Endpoints).OfType<RouteEndpoint>().ToList();

        var rules = endpoints.SelectMany(e =>
            (e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods ?? ["*"])
            .Select(m => Operations.Endpoint(m, "/" + e.RoutePattern.RawText!.TrimStart('/'))))
            .ToList();

        Assert.NotEmpty(endpoints);
        Assert.All(rules, Assert.NotNull);
        Assert.All(rules.Where(r => !Operations.IsStaff(r!)), r => Assert.True(
            AccessPolicy.Default.Decide(Role.System, r!.Required, false).Allowed));
        Assert.All(rules.Where(r => Operations.IsStaff(r!)), r => Assert.True(
            r!.Required == Permission.None || EndpointAccess.StaffRoles(r.Required).Count > 0));
    }

    [Fact]
    public void UnlistedEndpoint_StopsTheServerFromStarting()
    {
        var app = WebApplication.CreateBuilder().Build();
        app.MapGet("/secret-export", () => "nothing");

        var error = Assert.Throws<InvalidOperationException>(() => EndpointAccess.RequireRules(app));

        Assert.Contains("GET /secret-export", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void StaffPageWithoutItsPolicy_StopsTheServerFromStarting()
    {
        var app = WebApplication.CreateBuilder().Build();
        app.MapGet("/staff", () => "everyone's accounts");

        var error = Assert.Throws<InvalidOperationException>(() => EndpointAccess.RequireRules(app));

        Assert.Contains("ward:ManageUsers", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AuditorOnWebhook_DeniedBecauseWebhooksReadMessages()
    {
        var rule = Operations.Endpoint("POST", "/webhooks/whatsapp")!;

        var decision = AccessPolicy.Default.Decide(Role.Auditor, rule.Required, false);

        Assert.False(decision.Allowed);
    }
}
