namespace Ward.Portal;

/// <summary>Registers the patient portal.</summary>
internal static class PortalServiceCollectionExtensions
{
    public static IServiceCollection AddPortal(this IServiceCollection services)
    {
        services.AddAntiforgery();
        services.AddSingleton<PortalSessions>().AddSingleton<PortalIdentity>()
            .AddSingleton<PortalVerifier>().AddSingleton<PortalThread>()
            .AddSingleton<PortalInbox>().AddSingleton<PortalConsent>()
            .AddSingleton<PortalServices>();
        return services;
    }
}
