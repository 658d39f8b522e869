using System.CommandLine;
using System.Text.Json;
using Ward.Ingest;
using Ward.Triage;

namespace Ward.Cli;

/// <summary>
/// <c>ward triage "text" [--country US]</c>: prints the decision as JSON. It is the on-call
/// path's "verify with a test message" tool, and touches no data.
/// </summary>
internal static class TriageCommand
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static Command Create()
    {
        var text = new Argument<string>("TEXT") { Description = "The message to triage." };
        var country = new Option<string?>("--country")
        {
            Description = "Where the patient is: US, EU or a two-letter country code. "
                + "Default: unknown (both 911 and 112 are shown).",
        };
        var command = new Command("triage", "Triage one message and print the decision as JSON.")
        {
            text, country,
        };
        command.SetAction(result =>
        {
            var message = result.GetValue(text)!;
            var decision = new TriageEngine().Decide(message, RegionOf(result.GetValue(country)));
            Console.WriteLine(JsonSerializer.Serialize(Describe(decision, message), Json));
            return 0;
        });
        return command;
    }

    internal static PatientRegion RegionOf(string? country) => country?.ToUpperInvariant() switch
    {
        null or "" or "UNKNOWN" => PatientRegion.Unknown,
        "EU" => PatientRegion.EU,
        var code => Regions.Of(code),
    };

    internal static object Describe(TriageDecision decision, string text) => new
    {
        category = decision.Category.ToString().ToLowerInvariant(),
        kinds = decision.Kinds.Select(k => k.ToWireName()),
        numbers = decision.Numbers,
        language = decision.Language,
        region = decision.Region.ToString(),
        askLocation = decision.AskLocation,
        evidence = decision.Evidence.Select(e => new
        {
            kind = e.Kind.ToWireName(),
            start = e.Start,
            length = e.Length,
            text = text.Substring(e.Start, Math.Min(e.Length, text.Length - e.Start)),
        }),
    };
}
