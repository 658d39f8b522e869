using Ward.Security.Access;

namespace Ward.Staff.Identity;

/// <summary>Names of the staff authorization policies. Each Ward permission (or set of them)
/// is a policy named <c>ward:Permission</c>; <see cref="Staff"/> asks only for a signed-in
/// member who has given the authenticator code; <see cref="Enrolling"/> lets a member who has
/// not set up TOTP yet reach the enrolment page and nothing else.</summary>
internal static class StaffPolicies
{
    public const string Prefix = "ward:";
    public const string Staff = "ward:staff";
    public const string Enrolling = "ward:enrolling";

    public static string For(Permission permission) => Prefix + permission;
}
