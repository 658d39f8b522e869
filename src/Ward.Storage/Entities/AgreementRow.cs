namespace Ward.Storage.Entities;

/// <summary>An executed agreement (BAA in the US, DPA in the EU) with a vendor that may see PHI:
/// what it covers, its breach-notice term, its sub-processors and what happens to PHI at its
/// end. Agreements hold no PHI, so they are stored in clear for the audit pack.</summary>
public sealed class AgreementRow
{
    public long Id { get; set; }

    public required string PracticeId { get; set; }

    public required string Vendor { get; set; }

    public required string Service { get; set; }

    public required string Kind { get; set; }

    public required string ExecutedOn { get; set; }

    public int? BreachNoticeDays { get; set; }

    public required string Subprocessors { get; set; }

    public required string Termination { get; set; }

    public string? TerminatedOn { get; set; }
}
