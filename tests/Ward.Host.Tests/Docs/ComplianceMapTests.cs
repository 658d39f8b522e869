namespace Ward.Host.Tests.Docs;

/// <summary>
/// Keeps <c>docs/compliance.md</c> honest: every required HIPAA and GDPR item has its row,
/// every row says what Ward does and names its tests, and every named test exists, so renaming
/// or deleting a test that a row relies on fails the build's tests.
/// </summary>
public sealed class ComplianceMapTests
{
    /// <summary>45 CFR 164.312 (a) to (e) with their implementation specifications, and the
    /// GDPR articles the map must cover.</summary>
    public static TheoryData<string> RequiredSections() =>
    [
        "164.312(a)(1)", "164.312(a)(2)(i)", "164.312(a)(2)(ii)", "164.312(a)(2)(iii)",
        "164.312(a)(2)(iv)", "164.312(b)", "164.312(c)(1)", "164.312(c)(2)", "164.312(d)",
        "164.312(e)(1)", "164.312(e)(2)(i)", "164.312(e)(2)(ii)",
        "Art. 5", "Art. 6", "Art. 7", "Art. 9", "Art. 15", "Art. 16", "Art. 17", "Art. 28",
        "Art. 30", "Art. 32", "Art. 33", "Art. 34",
    ];

    [Theory]
    [MemberData(nameof(RequiredSections))]
    public void Section_Required_HasExactlyOneTitledRow(string section)
    {
        var rows = ComplianceMap.Rows;

        var matching = rows.Where(
            r => r.Requirement.StartsWith(section + " ", StringComparison.Ordinal));

        Assert.Single(matching);
    }

    [Fact]
    public void EveryRow_Filled_NamesFeatureCheckAndTest()
    {
        var rows = ComplianceMap.Rows;

        var incomplete = rows.Where(r => r.Feature.Length == 0
                || !r.Check.Contains("`ward", StringComparison.Ordinal)
                || ComplianceMap.References(r).Count == 0)
            .Select(r => r.Requirement).ToList();

        Assert.NotEmpty(rows);
        Assert.Empty(incomplete);
    }

    [Fact]
    public void EveryTestReference_Named_ExistsInItsProject()
    {
        var references = ComplianceMap.Rows.SelectMany(ComplianceMap.References)
            .Distinct().ToList();

        var missing = references.Where(t => !ComplianceMap.Exists(t))
            .Select(t => t.ToString()).ToList();

        Assert.NotEmpty(references);
        Assert.Empty(missing);
    }
}
