namespace Ward.Portal;

/// <summary>
/// The patient portal: one mobile-first chat page per practice at <c>/portal/{practiceId}</c>.
/// The patient proves who they are (a texted code and their date of birth); then they read
/// their thread, write to the practice through the same ingest as every channel, open secure
/// messages a link points to, and answer the messaging consent question. URLs and titles carry
/// ids only, never PHI. Ward serves these endpoints as itself, on behalf of the verified patient
/// whom the session names (docs/adr/0009-patient-portal.md).
/// </summary>
internal static class PortalEndpoints
{
    public static IEndpointRouteBuilder MapPortal(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/portal").ExcludeFromDescription();
        group.MapGet("/portal.css", () => Results.Text(PortalAssets.Css, "text/css"));
        group.MapGet("/chat.js", () => Results.Text(PortalAssets.Script, "text/javascript"));
        group.MapGet("/{practiceId}", (HttpContext http, string practiceId, PortalServices portal)
            => PortalHandlers.ShowAsync(http, practiceId, null, portal));
        group.MapGet("/{practiceId}/messages/{messageId}", (HttpContext http, string practiceId,
            string messageId, PortalServices portal) =>
            PortalHandlers.ShowAsync(http, practiceId, messageId, portal));
        group.MapPost("/{practiceId}/code", PortalHandlers.RequestCodeAsync);
        group.MapPost("/{practiceId}/verify", PortalHandlers.VerifyAsync);
        group.MapPost("/{practiceId}/messages", PortalChatHandlers.SendAsync);
        group.MapGet("/{practiceId}/thread", PortalChatHandlers.PollAsync);
        group.MapPost("/{practiceId}/consent", PortalChatHandlers.ConsentAsync);
        group.MapPost("/{practiceId}/sign-out", PortalChatHandlers.SignOutAsync);
        return app;
    }
}
