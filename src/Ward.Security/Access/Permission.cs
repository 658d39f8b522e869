using System.Diagnostics.CodeAnalysis;

namespace Ward.Security.Access;

/// <summary>
/// One bit per thing a person or Ward itself may do. Endpoints and commands declare the bits
/// they require; roles (see <see cref="AccessPolicy"/>) grant them. The bit values are stable:
/// new permissions take new bits and existing ones never move.
/// </summary>
[Flags]
[SuppressMessage("Naming", "CA1711:Identifiers should not have incorrect suffix",
    Justification = "The suffix rule guards code-access-security types, which .NET no longer "
        + "has; here a permission is the unit of Ward's access model.")]
public enum Permission : long
{
    /// <summary>Nothing is required.</summary>
    None = 0,

    /// <summary>Read message text and threads (PHI).</summary>
    ReadMessages = 1L << 0,

    /// <summary>Send replies to patients.</summary>
    ReplyToPatients = 1L << 1,

    /// <summary>Read patient identity and contact data (PHI).</summary>
    ReadPatients = 1L << 2,

    /// <summary>Export a patient's data (HIPAA 164.524 right of access; GDPR Art. 15 and
    /// 20).</summary>
    ExportPatientData = 1L << 3,

    /// <summary>Erase a patient's data (GDPR Art. 17).</summary>
    ErasePatientData = 1L << 4,

    /// <summary>Read consent records.</summary>
    ReadConsent = 1L << 5,

    /// <summary>Record or withdraw consent.</summary>
    ManageConsent = 1L << 6,

    /// <summary>Read audit events: metadata only, never content.</summary>
    ReadAuditTrail = 1L << 7,

    /// <summary>Verify the audit chain.</summary>
    VerifyAudit = 1L << 8,

    /// <summary>Export the audit pack for an auditor.</summary>
    ExportAuditPack = 1L << 9,

    /// <summary>Read business associate and data processing agreements.</summary>
    ReadAgreements = 1L << 10,

    /// <summary>Record, change or end agreements.</summary>
    ManageAgreements = 1L << 11,

    /// <summary>Read breach incidents.</summary>
    ReadBreaches = 1L << 12,

    /// <summary>Open, assess and close breach incidents.</summary>
    ManageBreaches = 1L << 13,

    /// <summary>Change retention and run purges.</summary>
    ManageRetention = 1L << 14,

    /// <summary>Change practice settings; import and export the practice.</summary>
    ManagePractice = 1L << 15,

    /// <summary>Export the practice's secrets in clear.</summary>
    ExportSecrets = 1L << 16,

    /// <summary>Add, change and remove users and their roles.</summary>
    ManageUsers = 1L << 17,

    /// <summary>Rotate the master key and data keys.</summary>
    RotateKeys = 1L << 18,

    /// <summary>Read the security posture report (<c>ward doctor</c>).</summary>
    ReadPosture = 1L << 19,

    /// <summary>Record annual reviews and "no breach" reviews.</summary>
    RecordReviews = 1L << 20,

    /// <summary>Read the access matrix of operations and roles.</summary>
    ReadAccessMatrix = 1L << 21,

    /// <summary>Open emergency access to content the role does not normally hold.</summary>
    BreakGlass = 1L << 22,

    /// <summary>Edit the practice's knowledge base.</summary>
    ManageKnowledgeBase = 1L << 23,

    /// <summary>Change what is on file for a patient (the date of birth the portal asks
    /// for).</summary>
    EditPatients = 1L << 24,
}
