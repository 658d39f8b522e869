using Ward.Access;
using Ward.Host.Tests.Support;

namespace Ward.Host.Tests.Access;

/// <summary>
/// Every cell of the permission matrix for commands, through the real access check of the
/// command line against a running store: each role's member of staff runs each command, and
/// Ward itself runs it without <c>--user</c>.
/// </summary>
public sealed class PermissionMatrixTests(MatrixServer server) : IClassFixture<MatrixServer>
{
    public static TheoryData<string, string> Cells()
    {
        var cells = new TheoryData<string, string>();
        foreach (var command in ExpectedMatrix.Allowed.Keys)
        {
            foreach (var role in TestPractices.StaffByRole.Keys.Append("system"))
            {
                cells.Add(command, role);
            }
        }

        return cells;
    }

    [Theory]
    [MemberData(nameof(Cells))]
    public async Task Command_Role_AllowedExactlyAsSpecified(string command, string role)
    {
        string[] user = role == "system" ? [] : ["--user", TestPractices.StaffByRole[role]];
        var call = CommandLines.For(command, server.Folder);

        var code = await CliRunner.CheckAccessAsync(server.Ward, [.. call, .. user]);

        var expected = ExpectedMatrix.Allowed[command].Contains(role) ? 0 : 3;
        Assert.Equal(expected, code);
    }

    [Fact]
    public void Matrix_EveryPracticeCommandHasExpectation_AndNoMore()
    {
        var declared = Operations.Commands.Select(c => c.Command).ToHashSet();

        var expected = ExpectedMatrix.Allowed.Keys.Concat(ExpectedMatrix.Open)
            .Concat(ExpectedMatrix.MachineOnly).ToHashSet();

        Assert.Equal(expected.Order(), declared.Order());
    }

    [Theory]
    [MemberData(nameof(OpenCommands))]
    public void OpenCommand_NeedsNoPermission(string command)
    {
        var rule = Operations.Command(command);

        Assert.NotNull(rule);
        Assert.Equal(Ward.Security.Access.Permission.None, rule.Required);
        Assert.False(rule.PracticeScoped);
    }

    [Fact]
    public async Task KeysRotate_StaffNamed_RefusedBecauseMachineWide()
    {
        var asOwner = await CliRunner.RunAsync(
            server.Ward, "keys", "rotate", "--user", TestPractices.Owner);
        var asWard = await CliRunner.CheckAccessAsync(server.Ward, "keys", "rotate");

        Assert.Equal(2, asOwner.ExitCode);
        Assert.Contains("--practice", asOwner.Errors, StringComparison.Ordinal);
        Assert.Equal(0, asWard);
    }

    public static TheoryData<string> OpenCommands() => [.. ExpectedMatrix.Open];
}
