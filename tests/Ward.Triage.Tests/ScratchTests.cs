using System.Diagnostics;
using System.Text;
using Ward.Triage.Text;
using Xunit.Abstractions;

namespace Ward.Triage.Tests;

public sealed class ScratchTests(ITestOutputHelper output)
{
    [Fact]
    public void Scratch_Show()
    {
        var engine = new TriageEngine();
        foreach (var text in File.ReadAllLines("/tmp/scratch.txt"))
        {
            var d = engine.Decide(text, PatientRegion.US);
            output.WriteLine($"{d.Category} {d.Language} {string.Join(",", d.Kinds)} :: "
                + string.Join(" | ", d.Evidence.Select(e => $"{e.Kind}:{text.Substring(e.Start, e.Length)}")));
            var a = engine.Analyze(text);
            output.WriteLine("   " + a.Text.Text);
            for (var i = 0; i < a.Hits.Count; i++)
            {
                var h = a.Hits[i];
                output.WriteLine($"   {h.Signal} {engine.Languages.ElementAtOrDefault(h.Language)} {a.Active[i]} '{text[h.Start..h.End]}'");
            }
        }
    }

    [Fact]
    public void Scratch_Time()
    {
        var sb = new StringBuilder();
        while (sb.Length < 10_000) sb.Append("hello, can I book a checkup next week? my back is a bit stiff. ");
        var text = sb.ToString();
        var engine = new TriageEngine();
        engine.Decide(text, PatientRegion.US);
        var w = Stopwatch.StartNew();
        for (var i = 0; i < 10; i++) TextNormalizer.Normalize(text);
        output.WriteLine($"normalize {w.Elapsed.TotalMilliseconds / 10}");
        var n = TextNormalizer.Normalize(text);
        w.Restart();
        for (var i = 0; i < 10; i++) Transliterator.ToSkeleton(n, false);
        output.WriteLine($"skeleton {w.Elapsed.TotalMilliseconds / 10}");
        w.Restart();
        for (var i = 0; i < 10; i++) engine.Decide(text, PatientRegion.US);
        output.WriteLine($"decide {w.Elapsed.TotalMilliseconds / 10}");
        var msgs = File.ReadAllLines("/work/shared/triage-dev.jsonl")
            .Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement.GetProperty("text").GetString()!)
            .ToArray();
        for (var i = 0; i < 2000; i++) engine.Decide(msgs[i % msgs.Length], PatientRegion.US);
        w.Restart();
        var count = 0;
        while (w.ElapsedMilliseconds < 2000) { engine.Decide(msgs[count % msgs.Length], PatientRegion.US); count++; }
        output.WriteLine($"throughput {count / w.Elapsed.TotalSeconds:F0}/s");
        for (var i = 0; i < 300; i++) engine.Decide(text, PatientRegion.US);
        w.Restart();
        for (var i = 0; i < 50; i++) engine.Decide(text, PatientRegion.US);
        output.WriteLine($"10kB warm {w.Elapsed.TotalMilliseconds / 50}");
        foreach (var m in msgs.Take(40))
        {
            w.Restart();
            for (var i = 0; i < 200; i++) engine.Decide(m, PatientRegion.US);
            output.WriteLine($"us {w.Elapsed.TotalMilliseconds * 1000 / 200:F0} {m[..Math.Min(30, m.Length)]}");
        }
    }
}
