using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Ward.Channels.Sms;
using Ward.Channels.WhatsApp;

namespace Ward.Channels.Tests;

public sealed class ChannelsServiceCollectionExtensionsTests
{
    [Fact]
    public void AddWardChannels_Configured_BindsUrlsAndResolvesSenders()
    {
        using var provider = Build(new()
        {
            ["Ward:WhatsApp:GraphBaseUrl"] = "http://127.0.0.1:5999/v23.0",
            ["Ward:Twilio:ApiBaseUrl"] = "http://127.0.0.1:5999",
        });

        var whatsApp = provider.GetRequiredService<IOptions<WhatsAppOptions>>().Value;
        var twilio = provider.GetRequiredService<IOptions<TwilioOptions>>().Value;

        Assert.Equal(new Uri("http://127.0.0.1:5999/v23.0"), whatsApp.GraphBaseUrl);
        Assert.Equal(new Uri("http://127.0.0.1:5999"), twilio.ApiBaseUrl);
        Assert.NotNull(provider.GetRequiredService<WhatsAppSender>());
        Assert.NotNull(provider.GetRequiredService<TwilioSmsSender>());
    }

    [Fact]
    public void AddWardChannels_Empty_UsesDocumentedDefaults()
    {
        using var provider = Build([]);

        var whatsApp = provider.GetRequiredService<IOptions<WhatsAppOptions>>().Value;
        var twilio = provider.GetRequiredService<IOptions<TwilioOptions>>().Value;

        Assert.Equal(new Uri("https://graph.facebook.com/v23.0"), whatsApp.GraphBaseUrl);
        Assert.Equal(new Uri("https://api.twilio.com"), twilio.ApiBaseUrl);
    }

    [Theory]
    [InlineData(nameof(WhatsAppSender))]
    [InlineData(nameof(TwilioSmsSender))]
    public void AddWardChannels_SenderClients_TimeOutAfterTenSeconds(string clientName)
    {
        using var provider = Build([]);

        using var client =
            provider.GetRequiredService<IHttpClientFactory>().CreateClient(clientName);

        Assert.Equal(TimeSpan.FromSeconds(10), client.Timeout);
    }

    [Theory]
    [InlineData("Ward:WhatsApp:GraphBaseUrl", "ftp://graph.example/v23.0")]
    [InlineData("Ward:WhatsApp:GraphBaseUrl", "v23.0/relative")]
    [InlineData("Ward:Twilio:ApiBaseUrl", "file:///etc/passwd")]
    public void AddWardChannels_BadUrl_FailsStartValidation(string key, string value)
    {
        using var provider = Build(new() { [key] = value });

        var validator = provider.GetRequiredService<IStartupValidator>();

        Assert.Throws<OptionsValidationException>(validator.Validate);
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddWardChannels(configuration);
        return services.BuildServiceProvider();
    }
}
