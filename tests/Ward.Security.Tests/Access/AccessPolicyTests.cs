using Ward.Security.Access;

namespace Ward.Security.Tests.Access;

public sealed class AccessPolicyTests
{
    public static TheoryData<string, Permission, bool> Cells => BriefGrants.Cells();

    [Theory]
    [MemberData(nameof(Cells))]
    public void Decide_EachRoleAndPermission_FollowsTheGrants(
        string role, Permission permission, bool granted)
    {
        var policy = AccessPolicy.Default;

        var decision = policy.Decide(role, permission, breakGlass: false);

        Assert.Equal(granted, decision.Allowed);
        Assert.False(decision.ByBreakGlass);
    }

    [Fact]
    public void PermissionsOf_EachRole_EqualsTheGrantsExactly()
    {
        var policy = AccessPolicy.Default;

        var held = BriefGrants.Roles.ToDictionary(r => r, policy.PermissionsOf);

        Assert.Equal(BriefGrants.Grants, held);
    }

    [Fact]
    public void Roles_Default_AreTheSixInOrder()
    {
        var policy = AccessPolicy.Default;

        var roles = policy.Roles;

        Assert.Equal(BriefGrants.Roles, roles);
    }

    [Fact]
    public void Permission_Enum_HasEveryNamedBitAndNone()
    {
        var expected = BriefGrants.EveryPermission.Select(p => p.ToString()).Prepend("None");

        var names = Enum.GetNames<Permission>();

        Assert.Equal(expected, names);
        Assert.All(BriefGrants.EveryPermission, p => Assert.Equal(1, long.PopCount((long)p)));
    }

    [Theory]
    [InlineData("owner", true)]
    [InlineData("auditor", true)]
    [InlineData("Owner", false)]
    [InlineData("admin", false)]
    [InlineData("", false)]
    public void IsRole_Name_AnswersExactly(string name, bool expected)
    {
        var policy = AccessPolicy.Default;

        var isRole = policy.IsRole(name);

        Assert.Equal(expected, isRole);
    }

    [Fact]
    public void PermissionsOf_UnknownRole_ThrowsListingRoles()
    {
        var policy = AccessPolicy.Default;

        var error = Assert.Throws<UnknownRoleException>(() => policy.PermissionsOf("janitor"));

        Assert.Equal(
            "'janitor' is not a role; roles: owner, compliance-officer, clinician, front-desk, "
            + "auditor, system",
            error.Message);
    }

    [Fact]
    public void Decide_UnknownRole_Throws()
    {
        var policy = AccessPolicy.Default;

        var decide = () => policy.Decide("janitor", Permission.None, breakGlass: true);

        Assert.Throws<UnknownRoleException>(decide);
    }

    [Theory]
    [InlineData("owner")]
    [InlineData("auditor")]
    [InlineData("system")]
    public void Decide_NoneRequired_Allowed(string role)
    {
        var policy = AccessPolicy.Default;

        var decision = policy.Decide(role, Permission.None, breakGlass: false);

        Assert.True(decision.Allowed);
        Assert.False(decision.ByBreakGlass);
    }

    [Fact]
    public void Decide_SeveralRequiredOneMissing_DeniedNamingIt()
    {
        var policy = AccessPolicy.Default;
        var required = Permission.ReadAuditTrail | Permission.VerifyAudit;

        var decision = policy.Decide("system", required, breakGlass: false);

        Assert.False(decision.Allowed);
        Assert.Equal("'system' lacks ReadAuditTrail", decision.Reason);
    }

    [Fact]
    public void Decide_UndefinedBit_Throws()
    {
        var policy = AccessPolicy.Default;

        var decide = () => policy.Decide("owner", (Permission)(1L << 40), breakGlass: false);

        Assert.Throws<ArgumentOutOfRangeException>(decide);
    }
}
