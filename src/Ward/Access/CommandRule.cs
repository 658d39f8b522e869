using Ward.Security.Access;

namespace Ward.Access;

/// <summary>
/// What a command needs: the permission, whether it touches one practice (named by
/// <c>--practice</c>), and whether Ward itself may run it for a practice that does not exist
/// yet (the first import of a practice file, when there is nobody to sign in as).
/// <see cref="NamedUser"/> marks commands that show PHI to a person, who must then name
/// themselves (HIPAA 164.312(a)(2)(i) unique user identification).
/// </summary>
internal sealed record CommandRule(
    string Command, Permission Required, bool PracticeScoped, bool Bootstrap = false,
    bool NamedUser = false)
{
    public AccessRule ToAccessRule() => new(Command, Required, AccessRule.Command);
}
