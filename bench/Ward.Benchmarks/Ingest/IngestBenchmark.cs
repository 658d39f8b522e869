namespace Ward.Benchmarks.Ingest;

/// <summary>
/// The <c>ingest</c> command: the real server over loopback, a throughput phase, a steady-rate
/// latency phase, then the server's memory. Every wait is bounded; the whole run stops after
/// <see cref="RunLimit"/>.
/// </summary>
internal static class IngestBenchmark
{
    private static readonly TimeSpan RunLimit = TimeSpan.FromMinutes(15);
    private const double RssTargetMb = 400;

    public static async Task<int> RunAsync()
    {
        var wardDll = Path.Combine(AppContext.BaseDirectory, "ward.dll");
        if (!File.Exists(wardDll))
        {
            await Console.Error.WriteLineAsync($"ward.dll is missing: {wardDll}");
            return 2;
        }

        using var limit = new CancellationTokenSource(RunLimit);
        var data = Directory.CreateTempSubdirectory("ward-bench-");
        try
        {
            await RunPhasesAsync(wardDll, data.FullName, limit.Token);
            return 0;
        }
        finally
        {
            data.Delete(recursive: true);
        }
    }

    private static async Task RunPhasesAsync(string wardDll, string data, CancellationToken token)
    {
        var report = new LoadReport();
        await using var standIn = await ProviderStandIn.StartAsync(token);
        await using var server =
            await WardProcess.StartAsync(wardDll, data, standIn.BaseUrl, token);
        using var client = new LoadClient(server.BaseUrl);
        Console.WriteLine($"ward serve (pid {server.ProcessId}) at {server.BaseUrl}, "
            + $"providers at {standIn.BaseUrl}");

        Console.WriteLine("Phase 1: throughput");
        var cpuBefore = server.CpuTime();
        await ThroughputPhase.RunAsync(client, standIn, report, token);
        var cpu = (server.CpuTime() - cpuBefore).TotalSeconds;

        // The load generator and the stand-in share the 2 cores with the server, so the
        // server's own CPU cost per webhook says what one core of a dedicated host can carry.
        var perCpuSecond = ThroughputPhase.Messages / cpu;
        report.Add("phase 1 server CPU (ingest + replies)", $"{cpu:N1} s");
        report.Add("phase 1 webhooks per server CPU-second", $"{perCpuSecond:N0}");
        Console.WriteLine("Phase 2: latency at a steady rate");
        await LatencyPhase.RunAsync(client, standIn, report, token);

        var (rssMb, peakMb) = server.Memory();
        report.Add("server RSS after phase 2", $"{rssMb:N0} MB",
            LoadReport.Verdict(rssMb < RssTargetMb, "< 400 MB"));
        report.Add("server peak RSS (VmHWM)", $"{peakMb:N0} MB");
        report.Add("SMS pages in total", $"{standIn.SmsCount}");
        report.Add("unexpected provider calls", $"{standIn.UnexpectedCount}");
        report.Print();
    }
}
