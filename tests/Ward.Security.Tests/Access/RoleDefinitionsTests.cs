using Ward.Security.Access;

namespace Ward.Security.Tests.Access;

public sealed class RoleDefinitionsTests
{
    private static readonly string[] SixRoles =
    [
        """ "owner": ["ManageUsers"] """,
        """ "compliance-officer": ["ReadAuditTrail"] """,
        """ "clinician": ["ReadMessages"] """,
        """ "front-desk": ["ReadMessages"] """,
        """ "auditor": ["ReadAuditTrail"] """,
        """ "system": ["ReadMessages"] """,
    ];

    [Fact]
    public void Parse_BuiltInDefinitions_ReadsSixRoles()
    {
        var json = RoleDefinitions.Json;

        var roles = RoleDefinitions.Parse(json);

        Assert.Equal(BriefGrants.Roles, roles.Select(r => r.Name));
    }

    [Fact]
    public void Parse_SixValidRoles_ReadsThem()
    {
        var json = RoleFile(SixRoles);

        var roles = RoleDefinitions.Parse(json);

        Assert.Equal(new Role("owner", Permission.ManageUsers), roles[0]);
        Assert.Equal(6, roles.Count);
    }

    [Fact]
    public void Parse_UnknownPermission_ThrowsNamingIt()
    {
        var json = RoleFile([.. SixRoles[..5], """ "system": ["ReadMessages", "ReadMinds"] """]);

        var error = Assert.Throws<InvalidOperationException>(() => RoleDefinitions.Parse(json));

        Assert.Contains("'system'", error.Message, StringComparison.Ordinal);
        Assert.Contains("'ReadMinds'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("None")]
    [InlineData("readMessages")]
    [InlineData("1")]
    [InlineData("ReadMessages, ReadPatients")]
    public void Parse_NameThatIsNotOnePermission_Throws(string name)
    {
        var json = RoleFile([.. SixRoles[..5], $$""" "system": ["{{name}}"] """]);

        var error = Assert.Throws<InvalidOperationException>(() => RoleDefinitions.Parse(json));

        Assert.Contains($"'{name}'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_DuplicateRole_ThrowsNamingIt()
    {
        var json = RoleFile([.. SixRoles, """ "clinician": ["BreakGlass"] """]);

        var error = Assert.Throws<InvalidOperationException>(() => RoleDefinitions.Parse(json));

        Assert.Contains("'clinician' is defined twice", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_DuplicatePermission_ThrowsNamingIt()
    {
        var json = RoleFile([""" "owner": ["RotateKeys", "RotateKeys"] """, .. SixRoles[1..]]);

        var error = Assert.Throws<InvalidOperationException>(() => RoleDefinitions.Parse(json));

        Assert.Contains(
            "'owner' grants 'RotateKeys' twice", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_MissingRole_ThrowsNamingIt()
    {
        var json = RoleFile([.. SixRoles[..4], SixRoles[5]]);

        var error = Assert.Throws<InvalidOperationException>(() => RoleDefinitions.Parse(json));

        Assert.Contains("'auditor'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_RoleThatIsNotWards_ThrowsNamingIt()
    {
        var json = RoleFile([.. SixRoles, """ "janitor": ["ReadMessages"] """]);

        var error = Assert.Throws<InvalidOperationException>(() => RoleDefinitions.Parse(json));

        Assert.Contains("'janitor' is not a role", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  \n")]
    public void Parse_EmptyFile_Throws(string json)
    {
        var parse = () => RoleDefinitions.Parse(json);

        var error = Assert.Throws<InvalidOperationException>(parse);

        Assert.Contains("empty", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("[]")]
    [InlineData("{ \"owner\": ")]
    [InlineData("{ \"owner\": \"ManageUsers\" }")]
    [InlineData("{ \"owner\": [7] }")]
    public void Parse_MalformedFile_Throws(string json)
    {
        var parse = () => RoleDefinitions.Parse(json);

        var error = Assert.Throws<InvalidOperationException>(parse);

        Assert.StartsWith("Invalid role definitions:", error.Message, StringComparison.Ordinal);
    }

    private static string RoleFile(IEnumerable<string> entries) =>
        "{" + string.Join(",", entries) + "}";
}
