using Microsoft.Extensions.Options;

namespace Ward.AssistantModel;

/// <summary>Registers the optional model path: its options (validated at start), the client
/// and the dispatcher's step.</summary>
internal static class AssistantModelServices
{
    public static IServiceCollection AddAssistantModel(
        this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ModelOptions>().Bind(configuration.GetSection("Ward:Assistant:Model"))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<ModelOptions>, ModelOptionsValidator>();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<ModelOptions>>().Value);
        services.AddSingleton<ModelClient>().AddSingleton<ModelDrafts>()
            .AddSingleton<ModelStep>();
        return services;
    }
}
