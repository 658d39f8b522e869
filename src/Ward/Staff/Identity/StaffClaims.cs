namespace Ward.Staff.Identity;

/// <summary>The claims a staff cookie carries: identifiers and codes only.</summary>
internal static class StaffClaims
{
    public const string Practice = "ward:practice";
    public const string StaffId = "ward:staff";
    public const string Session = "ward:session";

    /// <summary>Authentication method reference (RFC 8176): "mfa" once the authenticator code
    /// was given, "pwd" after a password alone.</summary>
    public const string Amr = "amr";
    public const string Mfa = "mfa";
}
