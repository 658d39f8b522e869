using Ward.Practices;

namespace Ward.Portal;

/// <summary>The portal's parts, handed to its endpoints as one.</summary>
internal sealed class PortalServices(
    PracticeDirectory practices, PortalSessions sessions, PortalIdentity identity,
    PortalVerifier verifier, PortalThread thread, PortalInbox inbox, PortalConsent consent,
    WardOptions options, ILogger<PortalServices> logger)
{
    public PortalSessions Sessions { get; } = sessions;

    public PortalIdentity Identity { get; } = identity;

    public PortalVerifier Verifier { get; } = verifier;

    public PortalThread Thread { get; } = thread;

    public PortalInbox Inbox { get; } = inbox;

    public PortalConsent Consent { get; } = consent;

    public ILogger Logger { get; } = logger;

    /// <summary>The request's portal, or null when no practice has that id.</summary>
    public PortalRequest? For(HttpContext http, string practiceId) =>
        practices.ById(practiceId) is { } practice ? new PortalRequest(http, practice, options)
            : null;

    /// <summary>The verified patient of this request's session, or null.</summary>
    public Task<string?> PatientAsync(PortalRequest portal) => Sessions.PatientOfAsync(
        portal.Practice.Id, PortalCookies.Read(portal.Http, PortalCookies.Session),
        portal.Http.RequestAborted);
}
