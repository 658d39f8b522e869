using System.Diagnostics;

namespace Ward.Benchmarks.Ingest;

/// <summary>
/// Phase 2: an open loop at a steady 100 messages a second for 30 seconds, each message sent on
/// its own schedule without waiting for the previous one; every fifth is an emergency whose
/// WhatsApp reply is timed from the start of its webhook to its arrival at the stand-in.
/// </summary>
internal static class LatencyPhase
{
    private const int PerSecond = 100;
    private const int Seconds = 30;
    private const int Messages = PerSecond * Seconds;
    private const int WaIdOffset = 500_000;
    private const double TargetP99Ms = 250;
    private static readonly TimeSpan ReplyTimeout = TimeSpan.FromSeconds(60);

    public static async Task RunAsync(
        LoadClient client, ProviderStandIn standIn, LoadReport report, CancellationToken token)
    {
        var webhooks = WebhookFactory.Create("latency", Messages, WaIdOffset, Messages);
        var repliesBefore = standIn.WhatsAppCount;
        var pagesBefore = standIn.PageCount;
        var (sends, lateMs) = await SendOnScheduleAsync(client, webhooks, token);
        var results = await Task.WhenAll(sends);
        var emergencies = webhooks.Count(w => w.Emergency);
        await Drain.WaitForAsync(standIn, repliesBefore + Messages, pagesBefore + emergencies,
            ReplyTimeout, token);

        var ok = results.Count(r => r.Status == 200);
        report.Add("phase 2 webhooks acknowledged", $"{ok} of {Messages}");
        report.Add("phase 2 offered rate", $"{PerSecond}/s for {Seconds} s");
        report.Add("phase 2 sender lag behind schedule", $"{lateMs:N1} ms max");
        report.AddLatencies("phase 2 ack latency",
            results.Select(r => LoadReport.Milliseconds(r.Started, r.Acknowledged)));

        var replyMs = new List<double>();
        for (var i = 0; i < Messages; i++)
        {
            if (webhooks[i].Emergency && standIn.TryGetArrival(webhooks[i].WaId, out var arrived))
            {
                replyMs.Add(LoadReport.Milliseconds(results[i].Started, arrived));
            }
        }

        report.Add("phase 2 emergency replies received", $"{replyMs.Count} of {emergencies}");
        report.AddLatencies("phase 2 emergency reply", replyMs, TargetP99Ms, withMax: true);
    }

    private static async Task<(Task<AckResult>[] Sends, double LateMs)> SendOnScheduleAsync(
        LoadClient client, SignedWebhook[] webhooks, CancellationToken token)
    {
        var sends = new Task<AckResult>[webhooks.Length];
        var interval = Stopwatch.Frequency / PerSecond;
        var start = Stopwatch.GetTimestamp();
        var lateMs = 0.0;
        for (var i = 0; i < webhooks.Length; i++)
        {
            var due = start + (i * interval);
            var wait = LoadReport.Milliseconds(Stopwatch.GetTimestamp(), due);
            if (wait >= 1)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(wait), token);
            }

            lateMs = Math.Max(lateMs, LoadReport.Milliseconds(due, Stopwatch.GetTimestamp()));
            sends[i] = client.SendAsync(webhooks[i], token);
        }

        return (sends, lateMs);
    }
}
