using System.Diagnostics;

namespace Ward.Benchmarks.Ingest;

/// <summary>Waits, within a time limit, until the stand-in has received what it should.</summary>
internal static class Drain
{
    /// <summary>Whether every reply and page came, and when the last reply arrived.</summary>
    public readonly record struct Outcome(bool Complete, long LastReply);

    public static async Task<Outcome> WaitForAsync(
        ProviderStandIn standIn,
        long replies,
        long pages,
        TimeSpan timeout,
        CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        while (Stopwatch.GetElapsedTime(started) < timeout)
        {
            if (standIn.WhatsAppCount >= replies && standIn.PageCount >= pages)
            {
                return new Outcome(true, standIn.LastWhatsAppTimestamp);
            }

            await Task.Delay(5, cancellationToken);
        }

        return new Outcome(false, standIn.LastWhatsAppTimestamp);
    }
}
