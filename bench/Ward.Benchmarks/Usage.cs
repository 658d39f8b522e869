namespace Ward.Benchmarks;

/// <summary>What the benchmark command accepts.</summary>
internal static class Usage
{
    public static int Print()
    {
        Console.WriteLine("""
            usage: dotnet run -c Release --project bench/Ward.Benchmarks -- COMMAND

              triage   BenchmarkDotNet over TriageEngine.Decide: typical messages, 10 kB and
                       adversarial inputs, and the managed memory one engine holds.
                       Extra arguments after "triage" are ignored.
              ingest   End-to-end load test of the real server (ward.dll from this output
                       folder) over loopback, with a stand-in for WhatsApp, Twilio and
                       PagerDuty: webhooks/s, emergency reply latency at 100 msg/s, memory.
              audit-verify
                       AuditVerifier over 2,000,000 chained events of 20 practices in a
                       SQLite database built by the migrations: events/s and CPU time.
              assistant
                       The assistant without a language model on the dev set: decision time
                       p50/p99, and process RSS with the language detector loaded.
            """);
        return 2;
    }
}
