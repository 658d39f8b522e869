using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Ward.Security.Audit;

namespace Ward.Security.Tests.Audit;

public sealed class AuditCheckpointSignerTests : IDisposable
{
    private readonly ECDsa _key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
    private readonly string _keyId;

    public AuditCheckpointSignerTests()
    {
        _keyId = AuditSigningKey.KeyIdOf(_key.ExportSubjectPublicKeyInfo());
    }

    public static TheoryData<string> SignedFields =>
        ["PracticeId", "Sequence", "Hash", "OccurredAtMs", "CreatedAtMs", "KeyId"];

    [Fact]
    public void Sign_ThenIsValid_True()
    {
        var checkpoint = Sign();

        var valid = AuditCheckpointSigner.IsValid(checkpoint, _key);

        Assert.True(valid);
        Assert.Equal(("practice-a", 40L, new string('c', 64)),
            (checkpoint.PracticeId, checkpoint.Sequence, checkpoint.Hash));
        Assert.Equal((1_600_000_000_000L, 1_800_000_000_000L, _keyId),
            (checkpoint.OccurredAtMs, checkpoint.CreatedAtMs, checkpoint.KeyId));
    }

    // IEEE P1363 for P-256 is r and s, 32 bytes each, concatenated.
    [Fact]
    public void Sign_Signature_IsSixtyFourBytesInBase64()
    {
        var checkpoint = Sign();

        var signature = Convert.FromBase64String(checkpoint.Signature);

        Assert.Equal(64, signature.Length);
    }

    // The encoding documented on AuditCheckpointSigner, rebuilt here from its description, so
    // that an auditor's own verifier can check checkpoints.
    [Fact]
    public void Sign_Signature_CoversTheDocumentedEncoding()
    {
        var checkpoint = Sign();

        var signature = Convert.FromBase64String(checkpoint.Signature);

        Assert.True(_key.VerifyData(DocumentedEncoding(checkpoint), signature,
            HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation));
    }

    [Theory]
    [MemberData(nameof(SignedFields))]
    public void IsValid_SignedFieldChanged_False(string field)
    {
        var checkpoint = Sign();
        var changed = Change(checkpoint, field);

        var valid = AuditCheckpointSigner.IsValid(changed, _key);

        Assert.NotEqual(checkpoint, changed);
        Assert.False(valid);
    }

    [Fact]
    public void IsValid_OtherKey_False()
    {
        var checkpoint = Sign();
        using var other = ECDsa.Create(ECCurve.NamedCurves.nistP256);

        var valid = AuditCheckpointSigner.IsValid(checkpoint, other);

        Assert.False(valid);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not base64!")]
    [InlineData("AAAA")]
    public void IsValid_MalformedSignature_False(string signature)
    {
        var checkpoint = Sign() with { Signature = signature };

        var valid = AuditCheckpointSigner.IsValid(checkpoint, _key);

        Assert.False(valid);
    }

    [Fact]
    public void IsValid_SignatureTooLong_False()
    {
        var checkpoint = Sign() with { Signature = Convert.ToBase64String(new byte[300]) };

        var valid = AuditCheckpointSigner.IsValid(checkpoint, _key);

        Assert.False(valid);
    }

    public void Dispose() => _key.Dispose();

    private AuditCheckpoint Sign() => AuditCheckpointSigner.Sign(
        "practice-a", 40, new string('c', 64), 1_600_000_000_000, 1_800_000_000_000, _keyId, _key);

    private static AuditCheckpoint Change(AuditCheckpoint c, string field) => field switch
    {
        "PracticeId" => c with { PracticeId = "practice-b" },
        "Sequence" => c with { Sequence = c.Sequence + 1 },
        "Hash" => c with { Hash = new string('d', 64) },
        "OccurredAtMs" => c with { OccurredAtMs = c.OccurredAtMs + 1 },
        "CreatedAtMs" => c with { CreatedAtMs = c.CreatedAtMs + 1 },
        "KeyId" => c with { KeyId = "0000000000000000" },
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, null),
    };

    private static byte[] DocumentedEncoding(AuditCheckpoint c)
    {
        using var stream = new MemoryStream();
        WriteText(stream, "ward/audit-checkpoint/v1");
        foreach (var number in new[] { c.Sequence, c.OccurredAtMs, c.CreatedAtMs })
        {
            var bytes = new byte[8];
            BinaryPrimitives.WriteInt64BigEndian(bytes, number);
            stream.Write(bytes);
        }

        WriteText(stream, c.PracticeId);
        WriteText(stream, c.Hash);
        WriteText(stream, c.KeyId);
        return stream.ToArray();
    }

    private static void WriteText(Stream stream, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var length = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, bytes.Length);
        stream.Write(length);
        stream.Write(bytes);
    }
}
