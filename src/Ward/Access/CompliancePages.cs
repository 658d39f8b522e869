using Ward.Security.Access;
using static Ward.Security.Access.Permission;

namespace Ward.Access;

/// <summary>The staff app's compliance screens and setup checklist, each with the permission
/// its page needs to open; a form on a page that needs more checks that too before it saves
/// anything.</summary>
internal static class CompliancePages
{
    public static IReadOnlyList<AccessRule> Pages { get; } =
    [
        .. Page("/setup", ReadPosture),
        .. Page("/compliance/agreements", ReadAgreements),
        .. Page("/compliance/phi", ReadAgreements),
        .. Page("/compliance/audit", ReadAuditTrail),
        .. Page("/compliance/breaches", ReadBreaches),
        .. Page("/compliance/consent", ReadConsent),
        .. Page("/compliance/access", ReadAccessMatrix),
        .. Page("/compliance/patients", ExportPatientData),
    ];

    private static AccessRule[] Page(string route, Permission required) =>
        [Operations.Endpoint($"GET {route}", required), Operations.Endpoint($"POST {route}", required)];
}
