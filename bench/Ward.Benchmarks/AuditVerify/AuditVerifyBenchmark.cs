using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Ward.Storage;
using Ward.Storage.Audit;

namespace Ward.Benchmarks.AuditVerify;

/// <summary>
/// The <c>audit-verify</c> command: a SQLite database built by Ward's migrations, 2,000,000
/// valid chained events over 20 practices, then <see cref="AuditVerifier.VerifyAsync"/> timed
/// end to end (database read included): one warm-up run, then three measured runs.
/// </summary>
internal static class AuditVerifyBenchmark
{
    private const int Practices = 20;
    private const int Events = 2_000_000;
    private const int Runs = 3;
    private const double TargetPerSecond = 1_000_000;

    public static async Task<int> RunAsync()
    {
        var data = Directory.CreateTempSubdirectory("ward-bench-audit-");
        try
        {
            var database = new WardDatabase(new DatabaseOptions { DataDirectory = data.FullName });
            await database.MigrateAsync(CancellationToken.None);
            var fill = Stopwatch.StartNew();
            await AuditEventWriter.WriteAsync(database, Practices, Events);
            Console.WriteLine($"{Events:N0} events over {Practices} practices written in "
                + $"{fill.Elapsed.TotalSeconds:N1} s");

            await TimeOnceAsync(database, run: 0);
            var runs = new List<(double PerSecond, double CpuSeconds)>();
            for (var run = 1; run <= Runs; run++)
            {
                runs.Add(await TimeOnceAsync(database, run));
            }

            Print(runs);
            return 0;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            data.Delete(recursive: true);
        }
    }

    private static async Task<(double, double)> TimeOnceAsync(WardDatabase database, int run)
    {
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();

        var result = await new AuditVerifier(database).VerifyAsync(CancellationToken.None);

        var seconds = clock.Elapsed.TotalSeconds;
        process.Refresh();
        var cpu = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
        if (!result.Intact || result.EventsChecked != Events)
        {
            throw new InvalidOperationException(
                $"Run {run}: expected {Events} intact events, got {result.EventsChecked} "
                + $"({result.FirstBreak?.Reason ?? "intact"}).");
        }

        var perSecond = Events / seconds;
        var name = run == 0 ? "warm-up" : $"run {run}";
        Console.WriteLine($"{name}: {seconds:N2} s, {perSecond:N0} events/s, CPU {cpu:N2} s, "
            + $"load average {Machine.LoadAverage()}");
        return (perSecond, cpu);
    }

    private static void Print(List<(double PerSecond, double CpuSeconds)> runs)
    {
        var rates = runs.Select(r => r.PerSecond).Order().ToList();
        var best = rates[^1];
        var median = rates[rates.Count / 2];
        var cpu = runs.Select(r => r.CpuSeconds).Order().ToList()[runs.Count / 2];
        var met = median >= TargetPerSecond ? "met" : "MISSED";

        Console.WriteLine();
        Console.WriteLine("Audit verify summary");
        Console.WriteLine($"  events verified per second, best    {best,12:N0}");
        Console.WriteLine($"  events verified per second, median  {median,12:N0}  "
            + $"{met} {TargetPerSecond:N0}");

        Console.WriteLine($"  process CPU per run, median         {cpu,12:N2} s");
        Console.WriteLine($"  events per process CPU-second       {Events / cpu,12:N0}");
        Console.WriteLine($"  machine: {Machine.Describe()}");
    }
}
