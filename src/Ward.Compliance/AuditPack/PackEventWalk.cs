using System.Text.Json;
using Ward.Security.Audit;

namespace Ward.Compliance.AuditPack;

/// <summary>Reads the event file once, line by line, with the FHIR file beside it, so a
/// pack of any size is checked without holding its events in memory.</summary>
internal static class PackEventWalk
{
    public static EventWalkResult Run(string folder, AuditPackManifest manifest)
    {
        var eventsPath = Path.Combine(folder, AuditPackFiles.Events);
        if (!File.Exists(eventsPath))
        {
            return EventWalkResult.None;
        }

        var fhirPath = Path.Combine(folder, AuditPackFiles.FhirEvents);
        using var events = new StreamReader(eventsPath);
        using var fhirFile = File.Exists(fhirPath) ? new StreamReader(fhirPath) : null;
        var chain = new EventChainCheck(manifest.Anchor);
        var scope = new EventScopeCheck(manifest.PracticeId, manifest.Range);
        var fhir = new FhirEventCheck(fhirFile);

        if (Walk(events, chain, scope, fhir))
        {
            chain.End(manifest.Events);
            fhir.End();
        }

        string?[] found = [AnchorProblem(manifest), chain.Problem, scope.Problem, fhir.Problem];
        return new EventWalkResult(chain.Count, chain.First, chain.Last, chain.LastHash,
            found[0] is null && chain.Problem is null, [.. found.OfType<string>()]);
    }

    /// <summary>Feeds every event to the checks; false when a line could not be read, which
    /// ends the walk since nothing after it can be placed.</summary>
    private static bool Walk(StreamReader events, EventChainCheck chain, EventScopeCheck scope,
        FhirEventCheck fhir)
    {
        var line = 0;
        while (events.ReadLine() is { } text)
        {
            line++;
            var entry = Parse(text);
            if (entry is null)
            {
                chain.Unreadable(line);
                return false;
            }

            chain.Step(entry);
            scope.Step(entry);
            fhir.Step(entry);
        }

        return true;
    }

    private static string? AnchorProblem(AuditPackManifest manifest) =>
        string.Equals(manifest.Anchor.PracticeId, manifest.PracticeId, StringComparison.Ordinal)
            ? null
            : $"{AuditPackFiles.Manifest}: the chain anchor belongs to another practice";

    private static AuditEntry? Parse(string line)
    {
        try
        {
            return JsonSerializer.Deserialize<AuditEntry>(line, AuditPackJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
