using System.Security.Cryptography;
using System.Text;
using Ward.Compliance.AuditPack;
using Data = Ward.Compliance.Tests.AuditPack.AuditPackTestData;
using Tamper = Ward.Compliance.Tests.AuditPack.PackTamper;

namespace Ward.Compliance.Tests.AuditPack;

// Events 2 to 6 sit on lines 1 to 5 of the event file and of the FHIR file.
public sealed class AuditPackVerifierTests
{
    [Fact]
    public async Task Verify_EditedEventLine_NamesFileThenEvent()
    {
        using var folder = new TempFolder();
        using var key = Data.NewKey();
        await WriteAsync(folder, key);

        Tamper.EditLines(folder.Pack, Tamper.Events,
            l => l[2] = Tamper.SetField(l[2], "action", "consent.erased"));
        var report = AuditPackVerifier.Verify(folder.Pack);

        Assert.False(report.Valid);
        Assert.StartsWith("audit-events.jsonl has been changed", report.Problems[0],
            StringComparison.Ordinal);
        Assert.Contains(report.Problems, p => p.StartsWith("event 4:", StringComparison.Ordinal)
            && p.Contains("edited", StringComparison.Ordinal));
        Assert.DoesNotContain(report.Problems,
            p => p.Contains("consent.erased", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Verify_EditedEventLineResigned_NamesEvent()
    {
        using var folder = new TempFolder();
        using var key = Data.NewKey();
        await WriteAsync(folder, key);

        Tamper.EditLines(folder.Pack, Tamper.Events,
            l => l[2] = Tamper.SetField(l[2], "action", "consent.erased"));
        Tamper.Resign(folder.Pack, key);
        var report = AuditPackVerifier.Verify(folder.Pack);

        Assert.False(report.Valid);
        Assert.StartsWith("event 4:", report.Problems[0], StringComparison.Ordinal);
        Assert.Contains("edited", report.Problems[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Verify_DeletedLine_NamesEventOutOfPlace(bool resigned)
    {
        using var folder = new TempFolder();
        using var key = Data.NewKey();
        await WriteAsync(folder, key);

        Tamper.EditLines(folder.Pack, Tamper.Events, l => l.RemoveAt(1));
        Resign(folder, key, resigned);
        var report = AuditPackVerifier.Verify(folder.Pack);

        Assert.False(report.Valid);
        AssertFirst(report, resigned, "event 4 stands where event 3 should");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Verify_InsertedLine_NamesEventOutOfPlace(bool resigned)
    {
        using var folder = new TempFolder();
        using var key = Data.NewKey();
        await WriteAsync(folder, key);

        Tamper.EditLines(folder.Pack, Tamper.Events, l => l.Insert(2, l[1]));
        Resign(folder, key, resigned);
        var report = AuditPackVerifier.Verify(folder.Pack);

        Assert.False(report.Valid);
        AssertFirst(report, resigned, "event 3 stands where event 4 should");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Verify_SwappedLines_NamesEventOutOfPlace(bool resigned)
    {
        using var folder = new TempFolder();
        using var key = Data.NewKey();
        await WriteAsync(folder, key);

        Tamper.EditLines(folder.Pack, Tamper.Events, l => (l[1], l[2]) = (l[2], l[1]));
        Resign(folder, key, resigned);
        var report = AuditPackVerifier.Verify(folder.Pack);

        Assert.False(report.Valid);
        AssertFirst(report, resigned, "event 4 stands where event 3 should");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Verify_LastLineRemoved_NamesMissingEvents(bool resigned)
    {
        using var folder = new TempFolder();
        using var key = Data.NewKey();
        await WriteAsync(folder, key);

        Tamper.EditLines(folder.Pack, Tamper.Events, l => l.RemoveAt(l.Count - 1));
        Resign(folder, key, resigned);
        var report = AuditPackVerifier.Verify(folder.Pack);

        Assert.False(report.Valid);
        Assert.Equal(5, report.LastSequence);
        AssertFirst(report, resigned, "audit-events.jsonl holds 4 events ending at event 5");
    }

    [Fact]
    public async Task Verify_ChangedDocument_NamesDocument()
    {
        using var folder = new TempFolder();
        using var key = Data.NewKey();
        await WriteAsync(folder, key);

        File.WriteAllText(Path.Combine(folder.Pack, "agreements.json"), "[]");
        var report = AuditPackVerifier.Verify(folder.Pack);

        Assert.False(report.Valid);
        Assert.StartsWith("agreements.json has been changed", report.Problems[0],
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_ExtraFile_NamesFile()
    {
        using var folder = new TempFolder();
        using var key = Data.NewKey();
        await WriteAsync(folder, key);

        File.WriteAllText(Path.Combine(folder.Pack, "notes.txt"), "added later");
        var report = AuditPackVerifier.Verify(folder.Pack);

        Assert.False(report.Valid);
        Assert.StartsWith("notes.txt is in the folder but not listed", report.Problems[0],
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_MissingFile_NamesFile()
    {
        using var folder = new TempFolder();
        using var key = Data.NewKey();
        await WriteAsync(folder, key);

        File.Delete(Path.Combine(folder.Pack, "access-matrix.md"));
        var report = AuditPackVerifier.Verify(folder.Pack);

        Assert.False(report.Valid);
        Assert.StartsWith("access-matrix.md is listed in the manifest but missing",
            report.Problems[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_ManifestRangeEdited_SignatureFails()
    {
        using var folder = new TempFolder();
        using var key = Data.NewKey();
        await WriteAsync(folder, key);
        var path = Path.Combine(folder.Pack, Tamper.Manifest);

        var text = File.ReadAllText(path);
        File.WriteAllText(path, text.Replace("\"to\":\"2026-03-31\"", "\"to\":\"2026-06-30\"",
            StringComparison.Ordinal));
        var report = AuditPackVerifier.Verify(folder.Pack);

        Assert.NotEqual(text, File.ReadAllText(path));
        Assert.False(report.Valid);
        Assert.StartsWith("manifest.json: the signature does not verify", report.Problems[0],
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_WhitespaceInsideBody_SignatureFails()
    {
        using var folder = new TempFolder();
        using var key = Data.NewKey();
        await WriteAsync(folder, key);
        var path = Path.Combine(folder.Pack, Tamper.Manifest);

        File.WriteAllText(path, File.ReadAllText(path)
            .Replace("\"format\":", "\"format\": ", StringComparison.Ordinal));
        var report = AuditPackVerifier.Verify(folder.Pack);

        Assert.False(report.Valid);
        Assert.StartsWith("manifest.json: the signature does not verify", report.Problems[0],
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_WhitespaceOutsideBody_StillValid()
    {
        using var folder = new TempFolder();
        using var key = Data.NewKey();
        await WriteAsync(folder, key);
        var path = Path.Combine(folder.Pack, Tamper.Manifest);

        File.WriteAllText(path, "\n  " + File.ReadAllText(path)
            .Replace("{\"body\":", "{ \"body\" :\n", StringComparison.Ordinal));
        var report = AuditPackVerifier.Verify(folder.Pack);

        Assert.Empty(report.Problems);
    }

    [Fact]
    public async Task Verify_ResignedWithOtherKey_ValidUnderOtherKeyId()
    {
        using var folder = new TempFolder();
        using var key = Data.NewKey();
        using var other = Data.NewKey();
        await WriteAsync(folder, key);

        Tamper.Resign(folder.Pack, other);
        var report = AuditPackVerifier.Verify(folder.Pack);

        Assert.True(report.Valid);
        Assert.Equal(Data.KeyIdOf(other), report.KeyId);
        Assert.NotEqual(Data.KeyIdOf(key), report.KeyId);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Verify_FhirLineRemoved_NamesFhirFile(bool resigned)
    {
        using var folder = new TempFolder();
        using var key = Data.NewKey();
        await WriteAsync(folder, key);

        Tamper.EditLines(folder.Pack, Tamper.FhirEvents, l => l.RemoveAt(2));
        Resign(folder, key, resigned);
        var report = AuditPackVerifier.Verify(folder.Pack);

        Assert.False(report.Valid);
        AssertFirst(report, resigned,
            "audit-events.fhir.ndjson line 3 is not the AuditEvent of event 4");
    }

    [Fact]
    public async Task Verify_RangeNarrowedAndResigned_NamesEventOutside()
    {
        using var folder = new TempFolder();
        using var key = Data.NewKey();
        await WriteAsync(folder, key);

        Tamper.Resign(folder.Pack, key, body => body["range"]!["to"] = "2026-03-30");
        var report = AuditPackVerifier.Verify(folder.Pack);

        Assert.False(report.Valid);
        Assert.Equal("event 6 lies outside the pack's range", report.Problems[0]);
    }

    [Fact]
    public async Task Verify_AnchorRewritten_NamesFirstEvent()
    {
        using var folder = new TempFolder();
        using var key = Data.NewKey();
        await WriteAsync(folder, key);

        Tamper.Resign(folder.Pack, key, body => body["anchor"]!["hash"] = new string('b', 64));
        var report = AuditPackVerifier.Verify(folder.Pack);

        Assert.False(report.Valid);
        Assert.StartsWith("event 2:", report.Problems[0], StringComparison.Ordinal);
        Assert.Contains("anchor", report.Problems[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_NullFileEntrySigned_ReportedNotThrown()
    {
        using var folder = new TempFolder();
        using var key = Data.NewKey();
        await WriteAsync(folder, key);

        Tamper.Resign(folder.Pack, key, body => body["files"]!.AsArray().Add(null));
        var report = AuditPackVerifier.Verify(folder.Pack);

        Assert.False(report.Valid);
        Assert.StartsWith("manifest.json does not hold the fields", report.Problems[0],
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_HeadRewritten_NamesLastEvent()
    {
        using var folder = new TempFolder();
        using var key = Data.NewKey();
        await WriteAsync(folder, key);

        Tamper.Resign(folder.Pack, key, body =>
        {
            body["head"]!["sequence"] = 6;
            body["head"]!["hash"] = new string('a', 64);
        });
        var report = AuditPackVerifier.Verify(folder.Pack);

        Assert.False(report.Valid);
        Assert.StartsWith("event 6:", report.Problems[0], StringComparison.Ordinal);
        Assert.Contains("chain head", report.Problems[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_FolderWithoutManifest_NotAPack()
    {
        using var folder = new TempFolder();
        File.WriteAllText(Path.Combine(folder.Root, "audit-events.jsonl"), "");

        var report = AuditPackVerifier.Verify(folder.Root);

        Assert.False(report.Valid);
        Assert.Single(report.Problems);
        Assert.EndsWith("is not an audit pack: manifest.json is missing", report.Problems[0],
            StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_MissingFolder_NotValid()
    {
        using var folder = new TempFolder();

        var report = AuditPackVerifier.Verify(folder.Pack);

        Assert.False(report.Valid);
        Assert.Contains("does not exist", report.Problems[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_ManifestNotJson_NamesManifest()
    {
        using var folder = new TempFolder();
        File.WriteAllText(Path.Combine(folder.Root, "manifest.json"), "not json",
            Encoding.UTF8);

        var report = AuditPackVerifier.Verify(folder.Root);

        Assert.False(report.Valid);
        Assert.StartsWith("manifest.json cannot be read", report.Problems[0],
            StringComparison.Ordinal);
    }

    private static Task WriteAsync(TempFolder folder, ECDsa key) =>
        AuditPackWriter.WriteAsync(Data.Contents(), key, folder.Pack, CancellationToken.None);

    private static void Resign(TempFolder folder, ECDsa key,
        bool resigned)
    {
        if (resigned)
        {
            Tamper.Resign(folder.Pack, key);
        }
    }

    /// <summary>Left as tampered, the changed file is named first and the precise problem
    /// follows; with the manifest re-hashed and re-signed, the precise problem comes
    /// first.</summary>
    private static void AssertFirst(AuditPackReport report, bool resigned, string problem)
    {
        if (resigned)
        {
            Assert.StartsWith(problem, report.Problems[0], StringComparison.Ordinal);
            return;
        }

        Assert.EndsWith("differs from the manifest", report.Problems[0], StringComparison.Ordinal);
        Assert.Contains(report.Problems, p => p.StartsWith(problem, StringComparison.Ordinal));
    }
}
