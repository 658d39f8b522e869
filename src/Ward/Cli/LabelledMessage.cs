namespace Ward.Cli;

/// <summary>One line of a labelled triage set. <see cref="Region"/> is where the patient is,
/// as Ward would infer it: US, EU or unknown.</summary>
internal sealed class LabelledMessage
{
    public string Id { get; init; } = "";

    public string Text { get; init; } = "";

    public string Region { get; init; } = "unknown";

    public string Lang { get; init; } = "";

    public string Expect { get; init; } = "";

    public IReadOnlyList<string> Kinds { get; init; } = [];

    public IReadOnlyList<string> Numbers { get; init; } = [];
}
