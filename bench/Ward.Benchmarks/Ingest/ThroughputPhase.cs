using System.Diagnostics;

namespace Ward.Benchmarks.Ingest;

/// <summary>
/// Phase 1: 64 senders post webhooks as fast as the server acknowledges them; then the outbox
/// is timed until the stand-in has every reply.
/// </summary>
internal static class ThroughputPhase
{
    public const int WarmupMessages = 200;
    public const int Messages = 10_000;
    private const int Patients = 1_000;
    private const double TargetPerSecond = 500;
    private static readonly TimeSpan DrainTimeout = TimeSpan.FromSeconds(180);

    public static async Task RunAsync(
        LoadClient client, ProviderStandIn standIn, LoadReport report, CancellationToken token)
    {
        var warmup = WebhookFactory.Create("warmup", WarmupMessages, 900_000, Patients);
        await SendAllAsync(client, warmup, token);
        var warmupPages = WarmupMessages / WebhookFactory.EmergencyEvery;
        await Drain.WaitForAsync(standIn, WarmupMessages, warmupPages, DrainTimeout, token);

        var webhooks = WebhookFactory.Create("throughput", Messages, 0, Patients);
        var repliesBefore = standIn.WhatsAppCount;
        var pagesBefore = standIn.PageCount;
        var started = Stopwatch.GetTimestamp();
        var results = await SendAllAsync(client, webhooks, token);
        var acknowledged = Stopwatch.GetTimestamp();
        var emergencies = webhooks.Count(w => w.Emergency);
        var drained = await Drain.WaitForAsync(standIn, repliesBefore + Messages,
            pagesBefore + emergencies, DrainTimeout, token);

        Report(report, results, started, acknowledged);
        var drainSeconds = LoadReport.Milliseconds(started, drained.LastReply) / 1000;
        var replies = standIn.WhatsAppCount - repliesBefore;
        report.Add("phase 1 replies received", $"{replies} of {Messages}",
            drained.Complete ? "" : $"gave up after {DrainTimeout.TotalSeconds:N0} s");
        report.Add("phase 1 last reply after start", $"{drainSeconds:N1} s");
        report.Add("phase 1 outbox reply rate", $"{replies / drainSeconds:N0} replies/s");
        var pages = standIn.PageCount - pagesBefore;
        report.Add("phase 1 PagerDuty events", $"{pages} of {emergencies}");
    }

    private static void Report(LoadReport report, AckResult[] results, long started, long ended)
    {
        var seconds = LoadReport.Milliseconds(started, ended) / 1000;
        var ok = results.Count(r => r.Status == 200);
        var rate = ok / seconds;
        report.Add("phase 1 webhooks acknowledged", $"{ok} of {results.Length}");
        report.Add("phase 1 send duration", $"{seconds:N1} s");
        report.Add("phase 1 non-200 answers", $"{results.Length - ok}");
        report.Add("phase 1 ack throughput", $"{rate:N0} webhooks/s",
            LoadReport.Verdict(rate >= TargetPerSecond && ok == results.Length, ">= 500/s"));
        report.AddLatencies("phase 1 ack latency",
            results.Select(r => LoadReport.Milliseconds(r.Started, r.Acknowledged)));
    }

    private static async Task<AckResult[]> SendAllAsync(
        LoadClient client, SignedWebhook[] webhooks, CancellationToken token)
    {
        var results = new AckResult[webhooks.Length];
        var next = -1;
        var senders = Enumerable.Range(0, LoadClient.Connections).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < webhooks.Length)
            {
                results[i] = await client.SendAsync(webhooks[i], token);
            }
        });
        await Task.WhenAll(senders);
        return results;
    }
}
