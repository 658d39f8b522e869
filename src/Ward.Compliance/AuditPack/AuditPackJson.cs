using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;

namespace Ward.Compliance.AuditPack;

/// <summary>The JSON settings of the pack's own files and of its FHIR file.</summary>
internal static class AuditPackJson
{
    /// <summary>camelCase, compact and strict on reading: a missing, null, unknown or repeated
    /// property is an error, so a hand-edited line cannot pass as a different event.</summary>
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = false,
        // The pack is read by people and tools, never embedded in HTML: '+' in Base64 and
        // non-ASCII text stay readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        AllowDuplicateProperties = false,
    };

    /// <summary>Firely's System.Text.Json converters for FHIR R4, compact output.</summary>
    public static readonly JsonSerializerOptions Fhir =
        new JsonSerializerOptions().ForFhir(ModelInfo.ModelInspector);
}
