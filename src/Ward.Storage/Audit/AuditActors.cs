namespace Ward.Storage.Audit;

/// <summary>The kinds of actor an audit event names.</summary>
public static class AuditActors
{
    public const string System = "system";
    public const string User = "user";
    public const string Patient = "patient";
    public const string Provider = "provider";
    public const string Operator = "operator";

    /// <summary>The chain of events that belong to no practice (e.g. a forged webhook).</summary>
    public const string SystemPractice = "_system";
}
