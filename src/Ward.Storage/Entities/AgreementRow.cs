namespace Ward.Storage.Entities;

/// <summary>An executed agreement (BAA or DPA) with a vendor that may see PHI.</summary>
public sealed class AgreementRow
{
    public long Id { get; set; }

    public required string PracticeId { get; set; }

    public required string Vendor { get; set; }

    public required string Kind { get; set; }

    public required string ExecutedOn { get; set; }
}
