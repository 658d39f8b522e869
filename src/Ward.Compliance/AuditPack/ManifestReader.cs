using System.Text.Json;

namespace Ward.Compliance.AuditPack;

/// <summary>Reads <c>manifest.json</c>: its shape, its format, then its signature with the
/// key it carries. The manifest is read from the signed bytes themselves.</summary>
internal static class ManifestReader
{
    private const string Name = AuditPackFiles.Manifest;

    public static ManifestReading? Read(string folder, List<string> problems)
    {
        var signed = ManifestSignature.Open(File.ReadAllBytes(Path.Combine(folder, Name)));
        if (signed is null)
        {
            problems.Add($"{Name} cannot be read: it is not a JSON object holding only a body "
                + "and a signature");
            return null;
        }

        if (!HasFormat(signed.Body))
        {
            problems.Add($"{Name} is not in the {AuditPackFiles.Format} format");
            return null;
        }

        var manifest = Parse(signed.Body);
        if (manifest is null)
        {
            problems.Add($"{Name} does not hold the fields of an {AuditPackFiles.Format} manifest");
            return null;
        }

        return new ManifestReading(manifest, CheckSignature(manifest, signed, problems));
    }

    private static bool HasFormat(byte[] body)
    {
        using var document = JsonDocument.Parse(body);
        return document.RootElement.TryGetProperty("format", out var format)
            && format.ValueKind == JsonValueKind.String
            && format.ValueEquals(AuditPackFiles.Format);
    }

    private static AuditPackManifest? Parse(byte[] body)
    {
        try
        {
            var manifest = JsonSerializer.Deserialize<AuditPackManifest>(body,
                AuditPackJson.Options);

            // Nullable annotations do not reach list items; a null file entry is malformed.
            return manifest?.Files.Contains(null) == false ? manifest : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? CheckSignature(AuditPackManifest manifest, SignedManifest signed,
        List<string> problems)
    {
        var key = manifest.SigningKey;
        var publicKey = new byte[key.PublicKey.Length];
        if (!Convert.TryFromBase64String(key.PublicKey, publicKey, out var length))
        {
            problems.Add(
                $"{Name}: the signing key is not Base64, so the signature cannot be checked");
            return null;
        }

        publicKey = publicKey[..length];
        if (!string.Equals(key.Algorithm, ManifestSignature.Algorithm, StringComparison.Ordinal))
        {
            problems.Add($"{Name} names a signature algorithm other than "
                + ManifestSignature.Algorithm);
        }
        else if (!ManifestSignature.Verifies(publicKey, signed.Body, signed.Signature))
        {
            problems.Add($"{Name}: the signature does not verify with the manifest's key "
                + "(the manifest was changed after signing)");
        }

        var keyId = ManifestSignature.KeyIdOf(publicKey);
        if (!string.Equals(key.KeyId, keyId, StringComparison.Ordinal))
        {
            problems.Add($"{Name}: the key id it states is not the id of its public key");
        }

        return keyId;
    }
}
