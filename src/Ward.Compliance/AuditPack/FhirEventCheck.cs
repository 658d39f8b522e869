using System.Text.Json;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using Ward.Security.Audit;

namespace Ward.Compliance.AuditPack;

/// <summary>Reads the FHIR file alongside the event file, line for line, and keeps the first
/// line that is not the AuditEvent of its event (by id and chain position).</summary>
internal sealed class FhirEventCheck(TextReader? reader)
{
    private const string Name = AuditPackFiles.FhirEvents;
    private int _line;

    public string? Problem { get; private set; }

    public void Step(AuditEntry entry)
    {
        if (reader is null || Problem is not null)
        {
            return;
        }

        _line++;
        var text = reader.ReadLine();
        if (text is null)
        {
            Problem = $"{Name} has no AuditEvent for event {entry.Sequence} (lines removed)";
            return;
        }

        Problem = Compare(Parse(text), entry);
    }

    public void End()
    {
        if (reader is not null && Problem is null && reader.ReadLine() is not null)
        {
            Problem = $"{Name} has more AuditEvents than {AuditPackFiles.Events} has events "
                + "(lines added)";
        }
    }

    private string? Compare(AuditEvent? auditEvent, AuditEntry entry)
    {
        if (auditEvent is null)
        {
            return $"{Name} line {_line} is not a valid FHIR AuditEvent";
        }

        var chain = AuditEventMapping.ChainOf(auditEvent);
        var id = AuditEventMapping.FhirId(entry.PracticeId, entry.Sequence);
        if (auditEvent.Id != id || chain is null || chain.Sequence != entry.Sequence)
        {
            return $"{Name} line {_line} is not the AuditEvent of event {entry.Sequence} "
                + "(lines removed, added or reordered)";
        }

        return string.Equals(chain.Hash, entry.Hash, StringComparison.Ordinal)
            ? null
            : $"{Name} line {_line}: its chain hash differs from event {entry.Sequence}";
    }

    private static AuditEvent? Parse(string line)
    {
        try
        {
            return JsonSerializer.Deserialize<AuditEvent>(line, AuditPackJson.Fhir);
        }
        catch (Exception e) when (e is JsonException or DeserializationFailedException)
        {
            return null;
        }
    }
}
