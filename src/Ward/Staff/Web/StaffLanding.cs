using Ward.Security.Access;

namespace Ward.Staff.Web;

/// <summary>The first page a role may open, where sign-in and enrolment send a member who
/// asked for no page in particular: the inbox for those who read messages, the audit trail for
/// an auditor, and so on; their own sessions when nothing else is theirs.</summary>
internal static class StaffLanding
{
    private static readonly (Permission Needed, string Path)[] Pages =
    [
        (Permission.ReadMessages, "inbox"),
        (Permission.ReadAuditTrail, "compliance/audit"),
        (Permission.ReadAgreements, "compliance/agreements"),
        (Permission.ReadPosture, "setup"),
        (Permission.ManageUsers, "staff"),
    ];

    public static string PathFor(string? role) => role is null ? "account/sessions"
        : Pages.FirstOrDefault(p => AccessPolicy.Default.Decide(role, p.Needed, false).Allowed).Path
            ?? "account/sessions";
}
