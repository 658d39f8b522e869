using System.Text.Json;

namespace Ward.Security.Access;

/// <summary>
/// The role file: each role name mapped to the names of its permissions, and the schema check
/// that reads it. Grants follow the jobs, no wider (HIPAA 164.308(a)(4) information access
/// management, 164.312(a)(1) access control, 164.502(b) minimum necessary).
/// </summary>
internal static class RoleDefinitions
{
    // Message content is not granted to the compliance officer or the auditor: the first reaches
    // it only by break-glass (164.312(a)(2)(ii)), the second never.
    internal const string Json = """
        {
          "owner": [
            "ReadMessages", "ReplyToPatients", "ReadPatients", "ExportPatientData",
            "ErasePatientData", "ReadConsent", "ManageConsent", "ReadAuditTrail", "VerifyAudit",
            "ExportAuditPack", "ReadAgreements", "ManageAgreements", "ReadBreaches",
            "ManageBreaches", "ManageRetention", "ManagePractice", "ExportSecrets", "ManageUsers",
            "ReadPosture", "RecordReviews", "ReadAccessMatrix", "ManageKnowledgeBase",
            "EditPatients"
          ],
          "compliance-officer": [
            "ReadPatients", "ExportPatientData", "ErasePatientData", "ReadConsent",
            "ManageConsent", "ReadAuditTrail", "VerifyAudit", "ExportAuditPack", "ReadAgreements",
            "ManageAgreements", "ReadBreaches", "ManageBreaches", "ManageRetention", "ReadPosture",
            "RecordReviews", "ReadAccessMatrix", "BreakGlass"
          ],
          "clinician": [
            "ReadMessages", "ReplyToPatients", "ReadPatients", "ReadConsent", "ReadAccessMatrix",
            "BreakGlass", "ManageKnowledgeBase"
          ],
          "front-desk": [
            "ReadMessages", "ReplyToPatients", "ReadPatients", "ReadConsent", "ManageConsent",
            "ReadAccessMatrix", "ManageKnowledgeBase", "EditPatients"
          ],
          "auditor": [
            "ReadAuditTrail", "VerifyAudit", "ExportAuditPack", "ReadAgreements", "ReadBreaches",
            "ReadConsent", "ReadPosture", "ReadAccessMatrix"
          ],
          "system": [
            "ReadMessages", "ReplyToPatients", "ReadPatients", "ReadConsent", "ManageConsent",
            "VerifyAudit", "ManageRetention", "ReadAgreements", "ReadBreaches", "ReadPosture",
            "RotateKeys"
          ]
        }
        """;

    /// <summary>
    /// Reads a role file. Throws <see cref="InvalidOperationException"/> naming the bad entry
    /// when the file is empty, is not an object of string lists, names an unknown role or
    /// permission, repeats a role or a permission, or leaves out a required role.
    /// </summary>
    internal static IReadOnlyList<Role> Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        if (string.IsNullOrWhiteSpace(json))
        {
            throw Invalid("the role file is empty");
        }

        using var document = Open(json);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw Invalid("the role file must be one object mapping role names to permissions");
        }

        var roles = new List<Role>();
        foreach (var property in root.EnumerateObject())
        {
            roles.Add(ReadRole(property, roles));
        }

        CheckComplete(roles);
        return roles;
    }

    private static JsonDocument Open(string json)
    {
        try
        {
            return JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            throw Invalid($"the role file is not valid JSON (line {e.LineNumber + 1})", e);
        }
    }

    private static Role ReadRole(JsonProperty property, List<Role> earlier)
    {
        var name = property.Name;
        if (!Role.Required.Contains(name, StringComparer.Ordinal))
        {
            throw Invalid($"'{name}' is not a role; roles: {string.Join(", ", Role.Required)}");
        }

        if (earlier.Any(r => string.Equals(r.Name, name, StringComparison.Ordinal)))
        {
            throw Invalid($"role '{name}' is defined twice");
        }

        if (property.Value.ValueKind != JsonValueKind.Array)
        {
            throw Invalid($"role '{name}' must map to a list of permission names");
        }

        return new Role(name, ReadPermissions(name, property.Value));
    }

    private static Permission ReadPermissions(string role, JsonElement list)
    {
        var granted = Permission.None;
        foreach (var item in list.EnumerateArray())
        {
            var text = item.ValueKind == JsonValueKind.String ? item.GetString()! : item.ToString();
            if (item.ValueKind != JsonValueKind.String
                || !PermissionCatalog.TryParse(text, out var permission))
            {
                throw Invalid($"role '{role}' grants unknown permission '{text}'");
            }

            if (granted.HasFlag(permission))
            {
                throw Invalid($"role '{role}' grants '{text}' twice");
            }

            granted |= permission;
        }

        return granted;
    }

    private static void CheckComplete(List<Role> roles)
    {
        var missing = Role.Required
            .Where(name => !roles.Any(r => string.Equals(r.Name, name, StringComparison.Ordinal)))
            .ToList();
        if (missing.Count > 0)
        {
            var names = string.Join(", ", missing.Select(name => $"'{name}'"));
            throw Invalid($"the role file leaves out role(s) {names}");
        }
    }

    private static InvalidOperationException Invalid(string problem, Exception? inner = null) =>
        new($"Invalid role definitions: {problem}.", inner);
}
