namespace Ward.Components.Compliance;

/// <summary>The add-agreement form as posted; the practice file validator judges it.</summary>
internal sealed class AgreementInput
{
    public string? Vendor { get; set; }

    public string? Service { get; set; }

    public string? Kind { get; set; }

    public string? ExecutedOn { get; set; }

    public string? BreachNoticeDays { get; set; }
}
