using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;
using Ward.Host.Tests.Support;
using Ward.Security.Access;
using Ward.Staff.Identity;

namespace Ward.Host.Tests.Access;

/// <summary>
/// The staff endpoints' half of the matrix, through the running server's own authorization
/// (its policy provider and permission handler): each role, signed in with TOTP, against each
/// staff endpoint; and nobody without TOTP.
/// </summary>
public sealed class StaffEndpointMatrixTests(MatrixServer server) : IClassFixture<MatrixServer>
{
    public static TheoryData<string, string> Cells()
    {
        var cells = new TheoryData<string, string>();
        foreach (var operation in ExpectedMatrix.StaffEndpoints.Keys)
        {
            foreach (var role in TestPractices.StaffByRole.Keys.Append(Role.System))
            {
                cells.Add(operation, role);
            }
        }

        return cells;
    }

    [Theory]
    [MemberData(nameof(Cells))]
    public async Task StaffEndpoint_Role_AllowedExactlyAsSpecified(string operation, string role)
    {
        var rule = Ward.Access.Operations.Endpoints.Single(e => e.Operation == operation);

        var allowed = await AllowsAsync(rule, Member(role, mfa: true));

        Assert.Equal(ExpectedMatrix.StaffEndpoints[operation].Contains(role), allowed);
    }

    [Theory]
    [MemberData(nameof(StaffOperations))]
    public async Task StaffEndpoint_PasswordWithoutTotp_Refused(string operation)
    {
        var rule = Ward.Access.Operations.Endpoints.Single(e => e.Operation == operation);

        var allowed = await AllowsAsync(rule, Member(Role.Owner, mfa: false));

        Assert.False(allowed);
    }

    [Fact]
    public void Matrix_EveryStaffEndpointWithAPermissionHasExpectation_AndNoMore()
    {
        var declared = Ward.Access.Operations.Endpoints
            .Where(r => Ward.Access.Operations.IsStaff(r) && r.Required != Permission.None)
            .Select(r => r.Operation);

        Assert.Equal(ExpectedMatrix.StaffEndpoints.Keys.Order(), declared.Order());
    }

    public static TheoryData<string> StaffOperations() => [.. ExpectedMatrix.StaffEndpoints.Keys];

    private async Task<bool> AllowsAsync(AccessRule rule, ClaimsPrincipal user)
    {
        var authorization = server.Ward.App.Services.GetRequiredService<IAuthorizationService>();
        var result = await authorization.AuthorizeAsync(user, StaffPolicies.For(rule.Required));
        return result.Succeeded;
    }

    private static ClaimsPrincipal Member(string role, bool mfa)
    {
        Claim[] claims =
        [
            new(ClaimTypes.NameIdentifier, Guid.NewGuid().ToString()),
            new(StaffClaims.Practice, CommandLines.Practice),
            new(StaffClaims.StaffId, role + "@sunrise.example"),
            new(ClaimTypes.Role, role),
            new(StaffClaims.Amr, mfa ? StaffClaims.Mfa : "pwd"),
        ];
        return new ClaimsPrincipal(new ClaimsIdentity(claims, "test"));
    }
}
