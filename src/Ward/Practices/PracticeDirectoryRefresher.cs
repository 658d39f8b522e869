
namespace Ward.Practices;

/// <summary>Reloads the practice directory now and then, so that a practice imported while
/// the server runs (or by another instance) is picked up without a restart.</summary>
internal sealed class PracticeDirectoryRefresher(PracticeDirectory practices) : BackgroundService
{
    private static readonly TimeSpan Every = TimeSpan.FromSeconds(15);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Every);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            await practices.ReloadAsync(stoppingToken);
        }
    }
}
