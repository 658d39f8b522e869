using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Ward.Channels.Sms;
using Ward.Channels.WhatsApp;

namespace Ward.Channels;

/// <summary>Registers the channel adapters.</summary>
public static class ChannelsServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="WhatsAppOptions"/> from <c>Ward:WhatsApp</c> and
    /// <see cref="TwilioOptions"/> from <c>Ward:Twilio</c> (both validated at start) and
    /// registers <see cref="WhatsAppSender"/> and <see cref="TwilioSmsSender"/> as typed HTTP
    /// clients with a 10-second timeout. No retry handler is added: the outbox retries.
    /// </summary>
    public static IServiceCollection AddWardChannels(
        this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<WhatsAppOptions>()
            .Bind(configuration.GetSection(WhatsAppOptions.SectionName))
            .Validate(
                o => ProviderHttp.IsAbsoluteHttpUrl(o.GraphBaseUrl),
                "Ward:WhatsApp:GraphBaseUrl must be an absolute http or https URL.")
            .ValidateOnStart();
        services.AddOptions<TwilioOptions>()
            .Bind(configuration.GetSection(TwilioOptions.SectionName))
            .Validate(
                o => ProviderHttp.IsAbsoluteHttpUrl(o.ApiBaseUrl),
                "Ward:Twilio:ApiBaseUrl must be an absolute http or https URL.")
            .ValidateOnStart();

        services.AddHttpClient<WhatsAppSender>(client => client.Timeout = ProviderHttp.Timeout);
        services.AddHttpClient<TwilioSmsSender>(client => client.Timeout = ProviderHttp.Timeout);
        return services;
    }
}
