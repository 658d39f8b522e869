using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Ward.Compliance.AuditPack;

/// <summary>
/// How <c>manifest.json</c> is signed. The file is <c>{"body":BODY,"signature":"SIG"}</c>:
/// BODY is the manifest serialised once, compact, and written byte for byte as it was signed;
/// SIG is the Base64 of an ECDSA P-256 / SHA-256 signature in IEEE P1363 form (r then s, 32
/// bytes each) over BODY's UTF-8 bytes. The verifier takes BODY's raw bytes from the file and
/// reads the manifest from those same bytes, never from a re-serialisation: any edit inside
/// BODY, whitespace included, breaks the signature, and whitespace outside it changes nothing
/// that is read. Repeated properties are refused, so a second body cannot shadow the signed
/// one.
/// </summary>
internal static class ManifestSignature
{
    public const string Algorithm = "ES256";
    private const string P256Oid = "1.2.840.10045.3.1.7";

    private static readonly JsonDocumentOptions Strict = new() { AllowDuplicateProperties = false };

    /// <summary>First 16 hex characters of the SHA-256 of the SubjectPublicKeyInfo.</summary>
    public static string KeyIdOf(ReadOnlySpan<byte> subjectPublicKeyInfo) =>
        Convert.ToHexStringLower(SHA256.HashData(subjectPublicKeyInfo))[..16];

    public static bool IsP256(ECDsa key)
    {
        var curve = key.ExportParameters(includePrivateParameters: false).Curve;
        return curve.IsNamed && curve.Oid.Value == P256Oid;
    }

    public static byte[] Seal(byte[] body, ECDsa key)
    {
        var signature = key.SignData(body, HashAlgorithmName.SHA256,
            DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
        var head = Encoding.UTF8.GetBytes("{\"body\":");
        var tail = Encoding.UTF8.GetBytes(
            ",\n\"signature\":\"" + Convert.ToBase64String(signature) + "\"}\n");
        return [.. head, .. body, .. tail];
    }

    /// <summary>The body and signature of a manifest file, or null when the file is not an
    /// object holding exactly those two.</summary>
    public static SignedManifest? Open(byte[] file)
    {
        try
        {
            using var document = JsonDocument.Parse(file, Strict);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || root.EnumerateObject().Count() != 2
                || !root.TryGetProperty("body", out var body)
                || body.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("signature", out var signature)
                || signature.ValueKind != JsonValueKind.String
                || !signature.TryGetBytesFromBase64(out var signatureBytes))
            {
                return null;
            }

            return new SignedManifest(JsonMarshal.GetRawUtf8Value(body).ToArray(), signatureBytes);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>True when <paramref name="signature"/> is the P-256 key's signature over
    /// <paramref name="body"/>; false for any other key or a key that cannot be read.</summary>
    public static bool Verifies(byte[] subjectPublicKeyInfo, byte[] body, byte[] signature)
    {
        using var key = ECDsa.Create();
        try
        {
            key.ImportSubjectPublicKeyInfo(subjectPublicKeyInfo, out var read);
            return read == subjectPublicKeyInfo.Length && IsP256(key)
                && key.VerifyData(body, signature, HashAlgorithmName.SHA256,
                    DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
        }
        catch (CryptographicException)
        {
            return false;
        }
    }
}
