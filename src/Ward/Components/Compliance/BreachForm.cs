namespace Ward.Components.Compliance;

/// <summary>The add-incident form as posted.</summary>
internal sealed class BreachForm
{
    public string? Summary { get; set; }

    public string? Discovered { get; set; }

    public string? Determination { get; set; } = "under-assessment";

    public string? Affected { get; set; } = "0";

    public string? Vendor { get; set; }
}
