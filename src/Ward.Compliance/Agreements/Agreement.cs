namespace Ward.Compliance.Agreements;

/// <summary>An agreement on file with a vendor that may receive PHI.</summary>
/// <param name="Vendor">The vendor's id, for example "twilio".</param>
/// <param name="Service">What the vendor does for the practice.</param>
/// <param name="Kind">BAA or DPA.</param>
/// <param name="ExecutedOn">The day the agreement took effect.</param>
/// <param name="BreachNoticeDays">
/// Days within which the vendor must report a breach to the practice, when the agreement says.
/// </param>
/// <param name="Subprocessors">Subcontractors the vendor uses (GDPR Art. 28(2)).</param>
/// <param name="Termination">What happens to PHI when the agreement ends.</param>
/// <param name="TerminatedOn">The day the agreement ended, if it has.</param>
public sealed record Agreement(
    string Vendor,
    VendorService Service,
    AgreementKind Kind,
    DateOnly ExecutedOn,
    int? BreachNoticeDays,
    IReadOnlyList<string> Subprocessors,
    TerminationTerms Termination,
    DateOnly? TerminatedOn);
