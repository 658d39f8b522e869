using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Ward.Channels;

namespace Ward.Paging;

/// <summary>Registers on-call paging.</summary>
public static class PagingServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="PagerDutyOptions"/> from <c>Ward:PagerDuty</c> (validated at start) and
    /// registers <see cref="PagerDutyClient"/> as a typed HTTP client with a 10-second timeout
    /// and no retry handler (the outbox retries). Adds <see cref="TimeProvider.System"/> unless
    /// a clock is already registered.
    /// </summary>
    public static IServiceCollection AddWardPaging(
        this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<PagerDutyOptions>()
            .Bind(configuration.GetSection(PagerDutyOptions.SectionName))
            .Validate(
                o => ProviderHttp.IsAbsoluteHttpUrl(o.EventsUrl),
                "Ward:PagerDuty:EventsUrl must be an absolute http or https URL.")
            .ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpClient<PagerDutyClient>(client => client.Timeout = ProviderHttp.Timeout);
        return services;
    }
}
