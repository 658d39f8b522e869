using Ward.Benchmarks;
using Ward.Benchmarks.Assistant;
using Ward.Benchmarks.AuditVerify;
using Ward.Benchmarks.Ingest;
using Ward.Benchmarks.Triage;

return args switch
{
    ["triage", ..] => TriageRun.Run(),
    ["ingest"] => await IngestBenchmark.RunAsync(),
    ["audit-verify"] => await AuditVerifyBenchmark.RunAsync(),
    ["assistant"] => AssistantBenchmark.Run(),
    _ => Usage.Print(),
};
