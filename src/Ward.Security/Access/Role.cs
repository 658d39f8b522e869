namespace Ward.Security.Access;

/// <summary>
/// A role and the permissions it grants. The grants are data (<see cref="RoleDefinitions"/>);
/// the names are fixed here because endpoints, commands and user records refer to them.
/// </summary>
public sealed record Role(string Name, Permission Permissions)
{
    /// <summary>Runs the practice: every permission except break-glass.</summary>
    public const string Owner = "owner";

    /// <summary>Keeps the proof: agreements, audit, breaches, consent, data-subject
    /// rights.</summary>
    public const string ComplianceOfficer = "compliance-officer";

    /// <summary>Answers clinical questions; may break glass.</summary>
    public const string Clinician = "clinician";

    /// <summary>Works the inbox: messages, replies, consent.</summary>
    public const string FrontDesk = "front-desk";

    /// <summary>Reviews the audit trail and agreements; never sees content.</summary>
    public const string Auditor = "auditor";

    /// <summary>Ward itself: ingest, outbox and scheduled jobs.</summary>
    public const string System = "system";

    /// <summary>Every role a role file must define, each exactly once.</summary>
    public static IReadOnlyList<string> Required { get; } =
        [Owner, ComplianceOfficer, Clinician, FrontDesk, Auditor, System];
}
