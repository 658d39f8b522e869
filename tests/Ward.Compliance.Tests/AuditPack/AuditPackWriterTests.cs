using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Ward.Compliance.AuditPack;
using Ward.Security.Audit;
using Data = Ward.Compliance.Tests.AuditPack.AuditPackTestData;

namespace Ward.Compliance.Tests.AuditPack;

public sealed class AuditPackWriterTests
{
    [Fact]
    public async Task WriteAsync_FreshPack_Verifies()
    {
        using var folder = new TempFolder();
        using var key = Data.NewKey();

        await AuditPackWriter.WriteAsync(Data.Contents(), key, folder.Pack, CancellationToken.None);
        var report = AuditPackVerifier.Verify(folder.Pack);

        Assert.Empty(report.Problems);
        var expected = new AuditPackReport(true, Data.KeyIdOf(key), Data.PracticeId, Data.From,
            Data.To, EventCount: 5, FirstSequence: 2, LastSequence: 6, report.Problems);
        Assert.Equal(expected, report);
    }

    [Fact]
    public async Task WriteAsync_FreshPack_HoldsOwnFilesAndDocumentsAsGiven()
    {
        using var folder = new TempFolder();
        using var key = Data.NewKey();

        await AuditPackWriter.WriteAsync(Data.Contents(), key, folder.Pack, CancellationToken.None);

        string[] expected =
        [
            "README.txt", "access-matrix.md", "agreements.json", "audit-events.fhir.ndjson",
            "audit-events.jsonl", "manifest.json",
        ];
        var names = Directory.GetFileSystemEntries(folder.Pack).Select(Path.GetFileName);
        Assert.Equal(expected, names.Order(StringComparer.Ordinal));
        foreach (var (name, bytes) in Data.Documents())
        {
            Assert.Equal(bytes, File.ReadAllBytes(Path.Combine(folder.Pack, name)));
        }

        Assert.Equal([folder.Pack], Directory.GetFileSystemEntries(folder.Root));
    }

    [Fact]
    public async Task WriteAsync_Manifest_SignsBodyBytesWithP256()
    {
        using var folder = new TempFolder();
        using var key = Data.NewKey();

        await AuditPackWriter.WriteAsync(Data.Contents(), key, folder.Pack, CancellationToken.None);

        using var manifest = ReadManifest(folder);
        var body = manifest.RootElement.GetProperty("body");
        var signature = manifest.RootElement.GetProperty("signature").GetBytesFromBase64();
        Assert.Equal(64, signature.Length);
        Assert.True(key.VerifyData(Encoding.UTF8.GetBytes(body.GetRawText()), signature,
            HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation));
        Assert.Equal("ward-audit-pack/1", Text(body, "format"));
        Assert.Equal(Convert.ToBase64String(key.ExportSubjectPublicKeyInfo()),
            Text(body, "signingKey", "publicKey"));
        Assert.Equal(Data.KeyIdOf(key), Text(body, "signingKey", "keyId"));
    }

    [Fact]
    public async Task WriteAsync_Manifest_StatesRangeAnchorHeadAndFiles()
    {
        using var folder = new TempFolder();
        using var key = Data.NewKey();
        var chain = Data.Chain();

        await AuditPackWriter.WriteAsync(Data.Contents(), key, folder.Pack, CancellationToken.None);

        using var manifest = ReadManifest(folder);
        var body = manifest.RootElement.GetProperty("body");
        Assert.Equal("2026-01-01", Text(body, "range", "from"));
        Assert.Equal("2026-03-31", Text(body, "range", "to"));
        Assert.Equal(Data.PracticeId, Text(body, "anchor", "practiceId"));
        Assert.Equal(1, body.GetProperty("anchor").GetProperty("sequence").GetInt64());
        Assert.Equal(chain[0].Hash, Text(body, "anchor", "hash"));
        Assert.Equal(7, body.GetProperty("head").GetProperty("sequence").GetInt64());
        Assert.Equal(chain[6].Hash, Text(body, "head", "hash"));

        var readme = body.GetProperty("files").EnumerateArray()
            .Single(f => f.GetProperty("name").GetString() == "README.txt");
        var bytes = File.ReadAllBytes(Path.Combine(folder.Pack, "README.txt"));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)),
            readme.GetProperty("sha256").GetString());
        Assert.Equal(bytes.Length, readme.GetProperty("size").GetInt64());
    }

    [Fact]
    public async Task WriteAsync_EventLine_CarriesEveryFieldCamelCased()
    {
        using var folder = new TempFolder();
        using var key = Data.NewKey();
        var second = Data.Chain()[1];

        await AuditPackWriter.WriteAsync(Data.Contents(), key, folder.Pack, CancellationToken.None);

        var line = File.ReadLines(Path.Combine(folder.Pack, "audit-events.jsonl")).First();
        using var json = JsonDocument.Parse(line);
        var fields = json.RootElement.EnumerateObject()
            .ToDictionary(p => p.Name, p => p.Value.ToString());
        var expected = new Dictionary<string, string>
        {
            ["sequence"] = "2", ["practiceId"] = second.PracticeId,
            ["occurredAtMs"] = "1767225600000", ["actorType"] = second.ActorType,
            ["actorId"] = second.ActorId, ["action"] = second.Action,
            ["resourceType"] = second.ResourceType, ["resourceId"] = second.ResourceId,
            ["fields"] = second.Fields, ["purpose"] = second.Purpose,
            ["outcome"] = second.Outcome, ["sourceAddress"] = second.SourceAddress,
            ["previousHash"] = second.PreviousHash, ["hash"] = second.Hash,
        };
        Assert.Equal(expected, fields);
    }

    [Fact]
    public async Task WriteAsync_Readme_NamesCommandAndKeyId()
    {
        using var folder = new TempFolder();
        using var key = Data.NewKey();

        await AuditPackWriter.WriteAsync(Data.Contents(), key, folder.Pack, CancellationToken.None);

        var readme = File.ReadAllText(Path.Combine(folder.Pack, "README.txt"));
        Assert.Contains("ward audit verify --pack", readme, StringComparison.Ordinal);
        Assert.Contains(Data.KeyIdOf(key), readme, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WriteAsync_NonEmptyFolder_RefusedAndUntouched()
    {
        using var folder = new TempFolder();
        using var key = Data.NewKey();
        Directory.CreateDirectory(folder.Pack);
        var kept = Path.Combine(folder.Pack, "kept.txt");
        File.WriteAllText(kept, "kept");

        var write = () => AuditPackWriter.WriteAsync(Data.Contents(), key, folder.Pack,
            CancellationToken.None);

        var error = await Assert.ThrowsAsync<AuditPackException>(write);
        Assert.Contains("not empty", error.Message, StringComparison.Ordinal);
        Assert.Equal([kept], Directory.GetFileSystemEntries(folder.Pack));
        Assert.Equal("kept", File.ReadAllText(kept));
        Assert.Equal([folder.Pack], Directory.GetFileSystemEntries(folder.Root));
    }

    [Fact]
    public async Task WriteAsync_EmptyExistingFolder_Accepted()
    {
        using var folder = new TempFolder();
        using var key = Data.NewKey();
        Directory.CreateDirectory(folder.Pack);

        await AuditPackWriter.WriteAsync(Data.Contents(), key, folder.Pack, CancellationToken.None);

        Assert.True(AuditPackVerifier.Verify(folder.Pack).Valid);
    }

    [Fact]
    public async Task WriteAsync_Cancelled_LeavesNothingBehind()
    {
        using var folder = new TempFolder();
        using var key = Data.NewKey();
        using var cancel = new CancellationTokenSource();
        await cancel.CancelAsync();

        var write = () => AuditPackWriter.WriteAsync(Data.Contents(), key, folder.Pack,
            cancel.Token);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(write);
        Assert.Empty(Directory.GetFileSystemEntries(folder.Root));
    }

    [Theory]
    [InlineData("../agreements.json")]
    [InlineData("sub/agreements.json")]
    [InlineData("..")]
    [InlineData("manifest.json")]
    [InlineData("README.TXT")]
    [InlineData("audit-events.jsonl")]
    public async Task WriteAsync_UnusableDocumentName_Refused(string name)
    {
        using var folder = new TempFolder();
        using var key = Data.NewKey();
        var contents = Data.Contents() with
        {
            Documents = new Dictionary<string, byte[]> { [name] = [1, 2, 3] },
        };

        var write = () => AuditPackWriter.WriteAsync(contents, key, folder.Pack,
            CancellationToken.None);

        await Assert.ThrowsAsync<AuditPackException>(write);
        Assert.Empty(Directory.GetFileSystemEntries(folder.Root));
    }

    [Fact]
    public async Task WriteAsync_EventAfterRange_Refused()
    {
        using var folder = new TempFolder();
        using var key = Data.NewKey();
        var contents = Data.Contents() with { Events = Data.Chain().Skip(1).ToList() };

        var write = () => AuditPackWriter.WriteAsync(contents, key, folder.Pack,
            CancellationToken.None);

        var error = await Assert.ThrowsAsync<AuditPackException>(write);
        Assert.Contains("7", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WriteAsync_KeyNotP256_Refused()
    {
        using var folder = new TempFolder();
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP384);

        var write = () => AuditPackWriter.WriteAsync(Data.Contents(), key, folder.Pack,
            CancellationToken.None);

        await Assert.ThrowsAsync<AuditPackException>(write);
    }

    [Fact]
    public async Task WriteAsync_EmptyRange_ValidPackAnchoredOnHead()
    {
        using var folder = new TempFolder();
        using var key = Data.NewKey();
        var last = Data.Chain()[6];
        var head = new ChainAnchor(last.Sequence, last.Hash);
        var contents = Data.Contents() with
        {
            From = new DateOnly(2026, 5, 1),
            To = new DateOnly(2026, 5, 31),
            Anchor = head,
            Head = head,
            Events = Array.Empty<AuditEntry>(),
        };

        await AuditPackWriter.WriteAsync(contents, key, folder.Pack, CancellationToken.None);
        var report = AuditPackVerifier.Verify(folder.Pack);

        Assert.Empty(report.Problems);
        Assert.True(report.Valid);
        Assert.Equal(0, report.EventCount);
        Assert.Null(report.FirstSequence);
        Assert.Null(report.LastSequence);
        Assert.Equal(0, new FileInfo(Path.Combine(folder.Pack, "audit-events.jsonl")).Length);
    }

    private static JsonDocument ReadManifest(TempFolder folder) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(folder.Pack, "manifest.json")));

    private static string? Text(JsonElement element, params string[] path) =>
        path.Aggregate(element, (e, name) => e.GetProperty(name)).GetString();
}
