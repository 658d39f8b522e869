using Ward.Compliance.Agreements;
using Ward.Storage.Entities;

namespace Ward.Practices;

/// <summary>Converts agreements between the practice file, the database row and the Compliance
/// module's record.</summary>
internal static class AgreementRows
{
    public static AgreementRow From(string practiceId, AgreementSettings a) => new()
    {
        PracticeId = practiceId,
        Vendor = a.Vendor,
        Kind = a.Kind,
        ExecutedOn = a.ExecutedOn,
        Service = VendorCatalog.ServiceName(VendorCatalog.ServiceOf(a)!.Value),
        BreachNoticeDays = a.BreachNoticeDays,
        Subprocessors = string.Join('\n', a.Subprocessors ?? []),
        Termination = a.Termination ?? "return-or-destroy",
        TerminatedOn = a.TerminatedOn,
    };

    public static Agreement ToAgreement(AgreementRow row) => VendorCatalog.ToAgreement(
        new AgreementSettings(row.Vendor, row.Kind, row.ExecutedOn, row.Service,
            row.BreachNoticeDays, Split(row.Subprocessors), row.Termination, row.TerminatedOn));

    private static string[] Split(string text) =>
        text.Length == 0 ? [] : text.Split('\n');
}
