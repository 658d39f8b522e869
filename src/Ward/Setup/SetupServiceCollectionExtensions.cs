using Ward.Posture;
using Ward.Practices;

namespace Ward.Setup;

/// <summary>Registers what the setup checklist and the compliance screens call.</summary>
internal static class SetupServiceCollectionExtensions
{
    public static IServiceCollection AddSetup(this IServiceCollection services) =>
        services.AddSingleton<PostureCheck>().AddSingleton<SetupChecklist>()
            .AddSingleton<PracticeEditor>();
}
