using Ward.Security.Access;

namespace Ward.Security.Tests.Access;

public sealed class AccessMatrixTests
{
    // Cells follow the role grants of the specification: the compliance officer reads message
    // content only by break-glass, the clinician exports a patient's data only by break-glass,
    // the front desk has no break-glass, and the system verifies but cannot read the audit trail.
    private static readonly AccessRule[] Rules =
    [
        new("GET /api/messages/{id}", Permission.ReadMessages, AccessRule.Endpoint),
        new("ward users add", Permission.ManageUsers, AccessRule.Command),
        new("ward audit verify", Permission.ReadAuditTrail | Permission.VerifyAudit,
            AccessRule.Command),
        new("POST /api/patients/{id}/export", Permission.ExportPatientData, AccessRule.Endpoint),
    ];

    [Fact]
    public void ToMarkdown_SmallMatrix_RendersTheTable()
    {
        var expected = string.Concat(
            "| operation | permissions | owner | compliance-officer | clinician | front-desk"
                + " | auditor | system |\n",
            "| --- | --- | --- | --- | --- | --- | --- | --- |\n",
            "| GET /api/messages/{id} | ReadMessages | yes | break-glass | yes | yes | no"
                + " | yes |\n",
            "| ward users add | ManageUsers | yes | no | no | no | no | no |\n",
            "| ward audit verify | ReadAuditTrail, VerifyAudit | yes | yes | no | no | yes"
                + " | no |\n",
            "| POST /api/patients/{id}/export | ExportPatientData | yes | yes | break-glass | no"
                + " | no | no |\n");

        var markdown = AccessMatrix.ToMarkdown(Rules, AccessPolicy.Default);

        Assert.Equal(expected, markdown);
    }

    [Fact]
    public void ToCsv_SmallMatrix_RendersQuotedFields()
    {
        var expected = string.Concat(
            "operation,permissions,owner,compliance-officer,clinician,front-desk,auditor,"
                + "system\r\n",
            "GET /api/messages/{id},ReadMessages,yes,break-glass,yes,yes,no,yes\r\n",
            "ward users add,ManageUsers,yes,no,no,no,no,no\r\n",
            "ward audit verify,\"ReadAuditTrail, VerifyAudit\",yes,yes,no,no,yes,no\r\n",
            "POST /api/patients/{id}/export,ExportPatientData,yes,yes,break-glass,no,no,no\r\n");

        var csv = AccessMatrix.ToCsv(Rules, AccessPolicy.Default);

        Assert.Equal(expected, csv);
    }

    [Fact]
    public void ToCsv_OperationWithQuotes_DoublesThem()
    {
        AccessRule[] rules = [new("ward kb show \"faq\"", Permission.None, AccessRule.Command)];

        var csv = AccessMatrix.ToCsv(rules, AccessPolicy.Default);

        Assert.EndsWith("\"ward kb show \"\"faq\"\"\",None,yes,yes,yes,yes,yes,yes\r\n", csv,
            StringComparison.Ordinal);
    }

    [Fact]
    public void ToMarkdown_OperationWithPipe_EscapesIt()
    {
        AccessRule[] rules = [new("ward a|b", Permission.None, AccessRule.Command)];

        var markdown = AccessMatrix.ToMarkdown(rules, AccessPolicy.Default);

        Assert.EndsWith("| ward a\\|b | None | yes | yes | yes | yes | yes | yes |\n", markdown,
            StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Permission.None, "None")]
    [InlineData(Permission.ManageKnowledgeBase | Permission.ReadMessages,
        "ReadMessages, ManageKnowledgeBase")]
    public void PermissionNames_Flags_InEnumOrder(Permission permissions, string expected)
    {
        var names = AccessMatrix.PermissionNames(permissions);

        Assert.Equal(expected, names);
    }
}
