using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Ward.Paging.Tests;

public sealed class PagingServiceCollectionExtensionsTests
{
    [Fact]
    public void AddWardPaging_Configured_BindsUrlAndResolvesClient()
    {
        using var provider = Build("http://127.0.0.1:5999/v2/enqueue");

        var options = provider.GetRequiredService<IOptions<PagerDutyOptions>>().Value;

        Assert.Equal(new Uri("http://127.0.0.1:5999/v2/enqueue"), options.EventsUrl);
        Assert.NotNull(provider.GetRequiredService<PagerDutyClient>());
    }

    [Fact]
    public void AddWardPaging_Empty_UsesDocumentedDefault()
    {
        using var provider = Build(null);

        var options = provider.GetRequiredService<IOptions<PagerDutyOptions>>().Value;

        Assert.Equal(new Uri("https://events.pagerduty.com/v2/enqueue"), options.EventsUrl);
    }

    [Theory]
    [InlineData("ftp://events.example/v2/enqueue")]
    [InlineData("v2/enqueue")]
    public void AddWardPaging_BadUrl_FailsStartValidation(string url)
    {
        using var provider = Build(url);

        var validator = provider.GetRequiredService<IStartupValidator>();

        Assert.Throws<OptionsValidationException>(validator.Validate);
    }

    [Fact]
    public void AddWardPaging_Client_TimesOutAfterTenSeconds()
    {
        using var provider = Build(null);

        using var client = provider.GetRequiredService<IHttpClientFactory>()
            .CreateClient(nameof(PagerDutyClient));

        Assert.Equal(TimeSpan.FromSeconds(10), client.Timeout);
    }

    private static ServiceProvider Build(string? eventsUrl)
    {
        var settings = new Dictionary<string, string?>();
        if (eventsUrl is not null)
        {
            settings["Ward:PagerDuty:EventsUrl"] = eventsUrl;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddWardPaging(configuration);
        return services.BuildServiceProvider();
    }
}
