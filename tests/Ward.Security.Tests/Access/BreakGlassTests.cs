using Ward.Security.Access;

namespace Ward.Security.Tests.Access;

public sealed class BreakGlassTests
{
    [Fact]
    public void Decide_ClinicianExportsPatientData_AllowedByBreakGlass()
    {
        var policy = AccessPolicy.Default;

        var decision = policy.Decide("clinician", Permission.ExportPatientData, breakGlass: true);

        Assert.True(decision.Allowed);
        Assert.True(decision.ByBreakGlass);
        Assert.Equal("'clinician' breaks glass for ExportPatientData", decision.Reason);
    }

    [Fact]
    public void Decide_ClinicianExportsWithoutBreakingGlass_Denied()
    {
        var policy = AccessPolicy.Default;

        var decision = policy.Decide("clinician", Permission.ExportPatientData, breakGlass: false);

        Assert.False(decision.Allowed);
        Assert.Equal("'clinician' lacks ExportPatientData", decision.Reason);
    }

    [Fact]
    public void Decide_ClinicianManagesUsers_NeverByBreakGlass()
    {
        var policy = AccessPolicy.Default;

        var decision = policy.Decide("clinician", Permission.ManageUsers, breakGlass: true);

        Assert.False(decision.Allowed);
        Assert.False(decision.ByBreakGlass);
        Assert.Equal(
            "'clinician' lacks ManageUsers; break-glass does not open ManageUsers",
            decision.Reason);
    }

    [Fact]
    public void Decide_ClinicianMixesOpenableAndNot_Denied()
    {
        var policy = AccessPolicy.Default;
        var required = Permission.ExportPatientData | Permission.ManageUsers;

        var decision = policy.Decide("clinician", required, breakGlass: true);

        Assert.False(decision.Allowed);
        Assert.Equal(
            "'clinician' lacks ExportPatientData, ManageUsers; "
            + "break-glass does not open ManageUsers",
            decision.Reason);
    }

    [Theory]
    [InlineData(Permission.ReadMessages)]
    [InlineData(Permission.ReadPatients)]
    [InlineData(Permission.ExportPatientData)]
    public void Decide_AuditorBreaksGlass_Denied(Permission permission)
    {
        var policy = AccessPolicy.Default;

        var decision = policy.Decide("auditor", permission, breakGlass: true);

        Assert.False(decision.Allowed);
        Assert.False(decision.ByBreakGlass);
        Assert.EndsWith("'auditor' may not break glass", decision.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Decide_ComplianceOfficerReadsMessages_AllowedByBreakGlass()
    {
        var policy = AccessPolicy.Default;

        var decision = policy.Decide("compliance-officer", Permission.ReadMessages, true);

        Assert.True(decision.Allowed);
        Assert.True(decision.ByBreakGlass);
    }

    [Theory]
    [InlineData(Permission.ReadMessages)]
    [InlineData(Permission.ReadPatients)]
    [InlineData(Permission.ExportPatientData)]
    public void Decide_OwnerAsksToBreakGlass_AllowedWithoutIt(Permission permission)
    {
        var policy = AccessPolicy.Default;

        var decision = policy.Decide("owner", permission, breakGlass: true);

        Assert.True(decision.Allowed);
        Assert.False(decision.ByBreakGlass);
    }

    [Fact]
    public void Decide_FrontDeskExportsPatientData_DeniedWithoutBreakGlassGrant()
    {
        var policy = AccessPolicy.Default;

        var decision = policy.Decide("front-desk", Permission.ExportPatientData, true);

        Assert.False(decision.Allowed);
        Assert.False(decision.ByBreakGlass);
    }

    [Fact]
    public void BreakGlassable_Default_IsContentOnly()
    {
        var expected = Permission.ReadMessages | Permission.ReadPatients
            | Permission.ExportPatientData;

        var openable = AccessPolicy.BreakGlassable;

        Assert.Equal(expected, openable);
    }
}
