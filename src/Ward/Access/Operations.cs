using Ward.Security.Access;
using static Ward.Security.Access.Permission;

namespace Ward.Access;

/// <summary>
/// Every command and endpoint of Ward with the permission it needs: the permission matrix,
/// defined once. The command line refuses a command that is not listed here, and the server
/// refuses to start when an endpoint carries no permission, so nothing is reachable by
/// omission (HIPAA 164.312(a)(1) access control).
/// </summary>
internal static class Operations
{
    /// <summary>Commands, by their path; a path with a flag is the variant used when that flag
    /// is given.</summary>
    public static IReadOnlyList<CommandRule> Commands { get; } =
    [
        new("serve", None, false),
        new("demo", None, false),
        new("send", None, false),
        new("triage", None, false),
        new("eval triage", None, false),
        new("eval assistant", None, false),
        new("keys generate", None, false),
        new("access matrix", None, false),
        new("audit verify --pack", None, false),
        new("practice import", ManagePractice, true, Bootstrap: true),
        new("practice export", ManagePractice, true),
        new("practice export --include-secrets", ManagePractice | ExportSecrets, true),
        new("agreements list", ReadAgreements, true),
        new("audit verify", VerifyAudit, false),
        new("audit list", ReadAuditTrail, true),
        new("audit export", ExportAuditPack, true),
        new("outbox dead", ReadMessages, true),
        new("conversation show", ReadMessages, true, NamedUser: true),
        new("patient export", ExportPatientData, true, NamedUser: true),
        new("patient erase", ErasePatientData, true, NamedUser: true),
        new("patient set-dob", EditPatients, true, NamedUser: true),
        new("consent list", ReadConsent, true),
        new("consent record", ManageConsent, true, NamedUser: true),
        new("breach add", ManageBreaches, true),
        new("breach notify", ManageBreaches, true),
        new("breach list", ReadBreaches, true),
        new("review add", RecordReviews, true),
        new("review list", ReadPosture, true),
        new("retention purge", ManageRetention, true),
        new("keys rotate", RotateKeys, false),
        new("doctor", ReadPosture, true),
        new("staff invite", ManageUsers, true, NamedUser: true),
        new("kb import", ManageKnowledgeBase, true),
        new("kb list", ManageKnowledgeBase, true),
    ];

    /// <summary>Endpoints, by method and route pattern.</summary>
    public static IReadOnlyList<AccessRule> Endpoints { get; } =
    [
        Endpoint("GET /healthz", None),
        Endpoint("GET /webhooks/whatsapp", None),
        Endpoint("POST /webhooks/whatsapp", ReadMessages | ReplyToPatients | ReadPatients),
        Endpoint("POST /webhooks/twilio/sms", ReadMessages | ReplyToPatients | ReadPatients),
        Endpoint("POST /webhooks/twilio/status", ReplyToPatients),
        // The patient portal: Ward serves it as itself, on behalf of the patient whom a
        // verified portal session names; every read and write is scoped to that patient and
        // audited as theirs (docs/adr/0009-patient-portal.md).
        Endpoint("GET /portal/portal.css", None),
        Endpoint("GET /portal/chat.js", None),
        Endpoint("GET /portal/{practiceId}", ReadMessages | ReadPatients),
        Endpoint("GET /portal/{practiceId}/messages/{messageId}", ReadMessages | ReadPatients),
        Endpoint("POST /portal/{practiceId}/code", ReadPatients | ReplyToPatients),
        Endpoint("POST /portal/{practiceId}/verify", ReadPatients),
        Endpoint("POST /portal/{practiceId}/messages",
            ReadMessages | ReplyToPatients | ReadPatients),
        Endpoint("GET /portal/{practiceId}/thread", ReadMessages | ReadPatients),
        Endpoint("POST /portal/{practiceId}/consent", ReadConsent | ManageConsent),
        Endpoint("POST /portal/{practiceId}/sign-out", None),
        // The demo's stand-ins for the providers, mapped only by `ward demo`.
        Endpoint("POST /sandbox/graph/{version}/{numberId}/messages", None),
        Endpoint("POST /sandbox/twilio/2010-04-01/Accounts/{sid}/Messages.json", None),
        Endpoint("POST /sandbox/pagerduty/v2/enqueue", None),
        Endpoint("GET /sandbox/sent", None),
        .. StaffApp.Pages,
        .. StaffApp.Api,
        .. StaffApp.Assets,
    ];

    /// <summary>Both lists as one matrix, for <c>ward access matrix</c> and the audit
    /// pack.</summary>
    public static IReadOnlyList<AccessRule> All { get; } =
        [.. Commands.Select(c => c.ToAccessRule()), .. Endpoints];

    /// <summary>The matrix as an auditor reads it: without the demo sandbox's stand-ins and
    /// the staff app's static files.</summary>
    public static IReadOnlyList<AccessRule> Published { get; } =
        [.. All.Where(r => !r.Operation.Contains(" /sandbox/", StringComparison.Ordinal)
            && !StaffApp.Assets.Contains(r))];

    /// <summary>Whether staff (signed in through the web app) call the operation, rather than
    /// a provider or Ward itself.</summary>
    public static bool IsStaff(AccessRule rule) =>
        StaffApp.Pages.Contains(rule) || StaffApp.Api.Contains(rule);

    public static CommandRule? Command(string path) =>
        Commands.FirstOrDefault(c => c.Command == path);

    /// <summary>The rule of an endpoint; a rule whose route ends in <c>*</c> covers every route
    /// under that prefix (static files only).</summary>
    public static AccessRule? Endpoint(string method, string route)
    {
        var operation = $"{method} {route}";
        return Endpoints.FirstOrDefault(e => e.Operation == operation)
            ?? StaffApp.Assets.FirstOrDefault(e => e.Operation.EndsWith('*')
                && operation.StartsWith(e.Operation[..^1], StringComparison.Ordinal));
    }

    internal static AccessRule Endpoint(string operation, Permission required) =>
        new(operation, required, AccessRule.Endpoint);
}
