
namespace Ward.Practices;

/// <summary>Reloads the practice directory now and then, so that a practice imported while
/// the server runs (or by another instance) is picked up without a restart.</summary>
internal sealed class PracticeDirectoryRefresher(
    PracticeDirectory practices, ILogger<PracticeDirectoryRefresher> logger) : BackgroundService
{
    private static readonly TimeSpan Every = TimeSpan.FromSeconds(15);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Every);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await practices.ReloadAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Host boundary: the previous directory stays in use; the operator is told.
                WardLog.PracticeReloadFailed(logger, e.GetType().Name);
            }
        }
    }
}
