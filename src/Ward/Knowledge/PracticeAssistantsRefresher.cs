namespace Ward.Knowledge;

/// <summary>Reloads the knowledge bases now and then, so an import (by the CLI or another
/// instance) reaches the running server without a restart.</summary>
internal sealed class PracticeAssistantsRefresher(
    PracticeAssistants assistants, ILogger<PracticeAssistantsRefresher> logger) : BackgroundService
{
    private static readonly TimeSpan Every = TimeSpan.FromSeconds(15);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Every);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await assistants.ReloadAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Host boundary: the assistants already built stay in use; the operator is told.
                WardLog.KnowledgeReloadFailed(logger, e.GetType().Name);
            }
        }
    }
}
