using Ward.Benchmarks;
using Ward.Benchmarks.Ingest;
using Ward.Benchmarks.Triage;

return args switch
{
    ["triage", ..] => TriageRun.Run(),
    ["ingest"] => await IngestBenchmark.RunAsync(),
    _ => Usage.Print(),
};
