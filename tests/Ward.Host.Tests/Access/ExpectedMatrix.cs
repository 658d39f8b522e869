namespace Ward.Host.Tests.Access;

/// <summary>
/// Who may run each practice command, written out from the role descriptions (owner: runs the
/// practice; compliance officer: agreements, breaches, consent, audit, patient rights, no
/// message content; clinician and front desk: the inbox; auditor: the audit trail without
/// content; system: Ward's own jobs), so that a change in the code that is not a change in
/// those descriptions fails.
/// </summary>
internal static class ExpectedMatrix
{
    private const string O = "owner";
    private const string C = "compliance-officer";
    private const string L = "clinician";
    private const string F = "front-desk";
    private const string A = "auditor";
    private const string S = "system";

    public static IReadOnlyDictionary<string, string[]> Allowed { get; } =
        new Dictionary<string, string[]>
        {
            ["practice import"] = [O],
            ["practice export"] = [O],
            ["practice export --include-secrets"] = [O],
            ["agreements list"] = [O, C, A, S],
            ["audit verify"] = [O, C, A, S],
            ["audit list"] = [O, C, A],
            ["audit export"] = [O, C, A],
            ["outbox dead"] = [O, L, F, S],
            ["conversation show"] = [O, L, F],
            ["patient export"] = [O, C],
            ["patient erase"] = [O, C],
            // Keeping a patient's details on file is front-desk work (and the owner's).
            ["patient set-dob"] = [O, F],
            ["consent list"] = [O, C, L, F, A, S],
            ["consent record"] = [O, C, F],
            ["breach add"] = [O, C],
            ["breach notify"] = [O, C],
            ["breach list"] = [O, C, A, S],
            ["review add"] = [O, C],
            ["review list"] = [O, C, A, S],
            ["retention purge"] = [O, C, S],
            ["doctor"] = [O, C, A, S],
            ["kb import"] = [O, L, F],
            ["kb list"] = [O, L, F],
            ["staff invite"] = [O],
        };

    /// <summary>Who may call each staff endpoint that needs a permission: the inbox and its
    /// API for those who work it (owner, clinician, front desk), staff administration for
    /// the owner. The sign-in pages need none.</summary>
    public static IReadOnlyDictionary<string, string[]> StaffEndpoints { get; } =
        new Dictionary<string, string[]>
        {
            ["GET /"] = [O, L, F],
            ["POST /"] = [O, L, F],
            ["GET /inbox"] = [O, L, F],
            ["POST /inbox"] = [O, L, F],
            ["GET /inbox/conversations/{ConversationId}"] = [O, L, F],
            ["POST /inbox/conversations/{ConversationId}"] = [O, L, F],
            ["GET /staff"] = [O],
            ["POST /staff"] = [O],
            // The knowledge base is kept by those who answer patients (as `ward kb import`).
            ["GET /knowledge"] = [O, L, F],
            ["POST /knowledge"] = [O, L, F],
            ["GET /knowledge/new"] = [O, L, F],
            ["POST /knowledge/new"] = [O, L, F],
            ["GET /knowledge/entries/{EntryId}"] = [O, L, F],
            ["POST /knowledge/entries/{EntryId}"] = [O, L, F],
            ["GET /api/conversations"] = [O, L, F],
            ["GET /api/conversations/{id}"] = [O, L, F],
            ["POST /api/conversations/{id}/replies"] = [O, L, F],
            ["POST /api/conversations/{id}/templates"] = [O, L, F],
            ["PUT /api/conversations/{id}/assignee"] = [O, L, F],
            ["DELETE /api/conversations/{id}/assignee"] = [O, L, F],
            ["POST /api/conversations/{id}/notes"] = [O, L, F],
            ["POST /api/conversations/{id}/takeover"] = [O, L, F],
            ["DELETE /api/conversations/{id}/takeover"] = [O, L, F],
            ["GET /api/emergencies"] = [O, L, F],
            ["POST /api/emergencies/{messageId}/acknowledgement"] = [O, L, F],
            // The compliance screens: the proof is the owner's, the compliance officer's and
            // the auditor's; patient rights are the owner's and the compliance officer's; the
            // consent ledger and the access matrix are open to every role.
            ["GET /setup"] = [O, C, A],
            ["POST /setup"] = [O, C, A],
            ["GET /compliance/agreements"] = [O, C, A],
            ["POST /compliance/agreements"] = [O, C, A],
            ["GET /compliance/users"] = [O, C, A],
            ["POST /compliance/users"] = [O, C, A],
            ["GET /compliance/phi"] = [O, C, A],
            ["POST /compliance/phi"] = [O, C, A],
            ["GET /compliance/audit"] = [O, C, A],
            ["POST /compliance/audit"] = [O, C, A],
            ["GET /compliance/breaches"] = [O, C, A],
            ["POST /compliance/breaches"] = [O, C, A],
            ["GET /compliance/consent"] = [O, C, L, F, A],
            ["POST /compliance/consent"] = [O, C, L, F, A],
            ["GET /compliance/access"] = [O, C, L, F, A],
            ["POST /compliance/access"] = [O, C, L, F, A],
            ["GET /compliance/patients"] = [O, C],
            ["POST /compliance/patients"] = [O, C],
        };

    /// <summary>Commands that reveal nothing of a practice and run for anyone.</summary>
    public static IReadOnlyList<string> Open { get; } =
    [
        "serve", "demo", "send", "triage", "eval triage", "eval assistant", "keys generate",
        "access matrix",
        "audit verify --pack",
    ];

    /// <summary>Machine-wide commands: Ward itself only, never a practice's staff.</summary>
    public static IReadOnlyList<string> MachineOnly { get; } = ["keys rotate"];
}
