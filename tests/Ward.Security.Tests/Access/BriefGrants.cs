using Ward.Security.Access;
using static Ward.Security.Access.Permission;

namespace Ward.Security.Tests.Access;

/// <summary>
/// The grants each role must hold, written out from the specification of the roles, so that a
/// change to the role definitions that is not a change to the specification fails a test.
/// </summary>
internal static class BriefGrants
{
    public static IReadOnlyList<string> Roles { get; } =
        ["owner", "compliance-officer", "clinician", "front-desk", "auditor", "system"];

    public static IReadOnlyList<Permission> EveryPermission { get; } =
    [
        ReadMessages, ReplyToPatients, ReadPatients, ExportPatientData, ErasePatientData,
        ReadConsent, ManageConsent, ReadAuditTrail, VerifyAudit, ExportAuditPack,
        ReadAgreements, ManageAgreements, ReadBreaches, ManageBreaches, ManageRetention,
        ManagePractice, ExportSecrets, ManageUsers, RotateKeys, ReadPosture, RecordReviews,
        ReadAccessMatrix, BreakGlass, ManageKnowledgeBase, EditPatients,
    ];

    public static IReadOnlyDictionary<string, Permission> Grants { get; } =
        new Dictionary<string, Permission>(StringComparer.Ordinal)
        {
            ["owner"] = ReadMessages | ReplyToPatients | ReadPatients | ExportPatientData
                | ErasePatientData | ReadConsent | ManageConsent | ReadAuditTrail | VerifyAudit
                | ExportAuditPack | ReadAgreements | ManageAgreements | ReadBreaches
                | ManageBreaches | ManageRetention | ManagePractice | ExportSecrets | ManageUsers
                | ReadPosture | RecordReviews | ReadAccessMatrix | ManageKnowledgeBase
                | EditPatients,
                // Not RotateKeys: master keys serve every practice on the machine, so their
                // rotation is the machine operator's (system) job, not one practice's owner's.
            ["compliance-officer"] = ReadPatients | ExportPatientData | ErasePatientData
                | ReadConsent | ManageConsent | ReadAuditTrail | VerifyAudit | ExportAuditPack
                | ReadAgreements | ManageAgreements | ReadBreaches | ManageBreaches
                | ManageRetention | ReadPosture | RecordReviews | ReadAccessMatrix | BreakGlass,
            ["clinician"] = ReadMessages | ReplyToPatients | ReadPatients | ReadConsent
                | ReadAccessMatrix | BreakGlass | ManageKnowledgeBase,
            ["front-desk"] = ReadMessages | ReplyToPatients | ReadPatients | ReadConsent
                | ManageConsent | ReadAccessMatrix | ManageKnowledgeBase
                // The front desk keeps the patient's details on file (the date of birth).
                | EditPatients,
            ["auditor"] = ReadAuditTrail | VerifyAudit | ExportAuditPack | ReadAgreements
                | ReadBreaches | ReadConsent | ReadPosture | ReadAccessMatrix,
            ["system"] = ReadMessages | ReplyToPatients | ReadPatients | ReadConsent
                | ManageConsent | VerifyAudit | ManageRetention
                // The machine's own jobs: key rotation and the posture and deadline checks
                // run by the host that holds the master key.
                | ReadAgreements | ReadBreaches | ReadPosture | RotateKeys,
        };

    /// <summary>Every role paired with every permission and whether the role holds it.</summary>
    public static TheoryData<string, Permission, bool> Cells()
    {
        var cells = new TheoryData<string, Permission, bool>();
        foreach (var role in Roles)
        {
            foreach (var permission in EveryPermission)
            {
                cells.Add(role, permission, (Grants[role] & permission) == permission);
            }
        }

        return cells;
    }
}
