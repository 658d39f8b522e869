using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace Ward.Compliance.Tests.AuditPack;

/// <summary>What someone holding a pack might do to it: edit lines of a file, and rewrite the
/// manifest with fresh hashes, signed (by the brief's scheme) with a key of their
/// choosing.</summary>
internal static class PackTamper
{
    public const string Events = "audit-events.jsonl";
    public const string FhirEvents = "audit-events.fhir.ndjson";
    public const string Manifest = "manifest.json";

    public static void EditLines(string pack, string file, Action<List<string>> edit)
    {
        var path = Path.Combine(pack, file);
        var lines = File.ReadAllText(path).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .ToList();
        edit(lines);
        File.WriteAllText(path, string.Concat(lines.Select(l => l + "\n")));
    }

    public static string SetField(string line, string name, string value)
    {
        var node = JsonNode.Parse(line)!.AsObject();
        node[name] = value;
        return node.ToJsonString();
    }

    /// <summary>Re-hashes every listed file, lets <paramref name="edit"/> change the body, and
    /// signs it with <paramref name="key"/>.</summary>
    public static void Resign(string pack, ECDsa key, Action<JsonObject>? edit = null)
    {
        var path = Path.Combine(pack, Manifest);
        var body = JsonNode.Parse(File.ReadAllText(path))!["body"]!.AsObject();
        foreach (var file in body["files"]!.AsArray())
        {
            var bytes = File.ReadAllBytes(Path.Combine(pack, (string)file!["name"]!));
            file["sha256"] = Convert.ToHexStringLower(SHA256.HashData(bytes));
            file["size"] = bytes.Length;
        }

        var publicKey = key.ExportSubjectPublicKeyInfo();
        body["signingKey"]!["publicKey"] = Convert.ToBase64String(publicKey);
        body["signingKey"]!["keyId"] = AuditPackTestData.KeyIdOf(key);
        edit?.Invoke(body);

        var signed = body.ToJsonString();
        var signature = key.SignData(Encoding.UTF8.GetBytes(signed), HashAlgorithmName.SHA256,
            DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
        File.WriteAllText(path,
            $"{{\"body\":{signed},\"signature\":\"{Convert.ToBase64String(signature)}\"}}");
    }
}
