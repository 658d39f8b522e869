using System.Globalization;
using System.Text;
using Hl7.Fhir.Model;
using Ward.Security.Audit;

namespace Ward.Compliance.AuditPack;

/// <summary>
/// Turns an audit entry into a FHIR R4 AuditEvent (the exchange format of the audit log) and
/// reads back the chain position every AuditEvent carries in the <see cref="ChainUrl"/>
/// extension, so that each line of the FHIR file can be matched to its event.
/// </summary>
internal static class AuditEventMapping
{
    public const string ChainUrl = "urn:ward:audit-chain";
    public const string ActorTypeSystem = "urn:ward:actor-type";
    public const string ActorSystem = "urn:ward:actor";
    public const string ActionSystem = "urn:ward:audit-action";

    public const string DicomSystem = "http://dicom.nema.org/resources/ontology/DCM";
    public const string EventTypeSystem = "http://terminology.hl7.org/CodeSystem/audit-event-type";
    private const string SourceTypeSystem =
        "http://terminology.hl7.org/CodeSystem/security-source-type";
    private const string EntityTypeSystem =
        "http://terminology.hl7.org/CodeSystem/audit-entity-type";
    private const int MaxIdLength = 64;

    /// <summary>The kinds of record that hold a patient's data; events that create, read,
    /// update or delete one are typed DICOM 110110 "Patient Record".</summary>
    private static readonly HashSet<string> PatientRecords = new(StringComparer.OrdinalIgnoreCase)
    {
        "Patient", "Message", "Conversation", "Communication", "Appointment", "Consent",
        "Coverage", "MedicationRequest", "QuestionnaireResponse", "Task", "Flag",
    };

    private static readonly Dictionary<string, AuditEvent.AuditEventAction> Actions =
        new(StringComparer.OrdinalIgnoreCase)
        {
            ["created"] = AuditEvent.AuditEventAction.C,
            ["imported"] = AuditEvent.AuditEventAction.C,
            ["read"] = AuditEvent.AuditEventAction.R,
            ["viewed"] = AuditEvent.AuditEventAction.R,
            ["exported"] = AuditEvent.AuditEventAction.R,
            ["opened"] = AuditEvent.AuditEventAction.R,
            ["updated"] = AuditEvent.AuditEventAction.U,
            ["rotated"] = AuditEvent.AuditEventAction.U,
            ["erased"] = AuditEvent.AuditEventAction.D,
            ["purged"] = AuditEvent.AuditEventAction.D,
        };

    private static readonly HashSet<string> Refusals =
        new(["refused", "rejected", "denied"], StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> Failures =
        new(["failure", "failed", "error"], StringComparer.OrdinalIgnoreCase);

    public static AuditEvent ToFhir(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var action = ActionOf(entry.Action);

        return new AuditEvent
        {
            Id = FhirId(entry.PracticeId, entry.Sequence),
            Extension = [ChainExtension(entry)],
            Type = TypeOf(entry.ResourceType, action),
            Subtype = [new Coding(ActionSystem, OrNull(entry.Action))],
            Action = action,
            Recorded = DateTimeOffset.FromUnixTimeMilliseconds(entry.OccurredAtMs),
            Outcome = OutcomeOf(entry.Outcome, entry.Action),
            OutcomeDesc = OrNull(entry.Outcome),
            PurposeOfEvent = entry.Purpose.Length == 0
                ? []
                : [new CodeableConcept { Text = entry.Purpose }],
            Agent = [AgentOf(entry)],
            Source = SourceOf(entry.PracticeId),
            Entity = [EntityOf(entry)],
        };
    }

    /// <summary>The AuditEvent id: practice and sequence, with characters a FHIR id does not
    /// allow replaced by '-' and the practice part shortened to fit 64 characters.</summary>
    public static string FhirId(string practiceId, long sequence)
    {
        ArgumentNullException.ThrowIfNull(practiceId);
        var suffix = "-" + sequence.ToString(CultureInfo.InvariantCulture);
        var prefix = new StringBuilder(practiceId.Length);
        foreach (var c in practiceId)
        {
            prefix.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '.' ? c : '-');
        }

        var keep = Math.Min(prefix.Length, MaxIdLength - suffix.Length);
        return prefix.ToString(0, keep) + suffix;
    }

    /// <summary>The action from the verb after the last dot of the action name; a verb
    /// outside the list is "E" (execute).</summary>
    public static AuditEvent.AuditEventAction ActionOf(string action) =>
        Actions.TryGetValue(VerbOf(action), out var code) ? code : AuditEvent.AuditEventAction.E;

    /// <summary>
    /// A refusal (refused, rejected, denied) in the outcome or the action verb is a minor
    /// failure; a failure (failure, failed, error) a serious one. Any other outcome, such as
    /// "success" or the category a triage decided, records a completed action.
    /// </summary>
    public static AuditEvent.AuditEventOutcome OutcomeOf(string outcome, string action)
    {
        string[] said = [outcome, VerbOf(action)];
        if (said.Any(Refusals.Contains))
        {
            return AuditEvent.AuditEventOutcome.N4;
        }

        return said.Any(Failures.Contains)
            ? AuditEvent.AuditEventOutcome.N8
            : AuditEvent.AuditEventOutcome.N0;
    }

    /// <summary>The chain position an AuditEvent carries, or null when it carries
    /// none.</summary>
    public static ChainAnchor? ChainOf(AuditEvent auditEvent)
    {
        ArgumentNullException.ThrowIfNull(auditEvent);
        var chain = auditEvent.Extension.FirstOrDefault(e => e.Url == ChainUrl);
        var sequence = Part(chain, "sequence");
        var hash = Part(chain, "hash");
        return long.TryParse(sequence, NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            && hash is not null
            ? new ChainAnchor(n, hash)
            : null;
    }

    private static string VerbOf(string action) => action[(action.LastIndexOf('.') + 1)..];

    private static Coding TypeOf(string resourceType, AuditEvent.AuditEventAction action) =>
        action != AuditEvent.AuditEventAction.E && PatientRecords.Contains(resourceType)
            ? new Coding(DicomSystem, "110110", "Patient Record")
            : new Coding(EventTypeSystem, "rest", "RESTful Operation");

    private static Extension ChainExtension(AuditEntry entry) => new()
    {
        Url = ChainUrl,
        Extension =
        [
            new Extension("sequence",
                new FhirString(entry.Sequence.ToString(CultureInfo.InvariantCulture))),
            new Extension("previousHash", new FhirString(OrNull(entry.PreviousHash))),
            new Extension("hash", new FhirString(OrNull(entry.Hash))),
        ],
    };

    private static AuditEvent.AgentComponent AgentOf(AuditEntry entry) => new()
    {
        Type = new CodeableConcept(ActorTypeSystem, OrNull(entry.ActorType)),
        Who = new ResourceReference
        {
            Identifier = new Identifier(ActorSystem + ":" + entry.ActorType,
                OrNull(entry.ActorId)),
        },
        // The person who asked is the requestor; system and integration actors act on their
        // behalf or on their own schedule.
        Requestor = entry.ActorType is "user" or "patient",
    };

    private static AuditEvent.SourceComponent SourceOf(string practiceId) => new()
    {
        Site = OrNull(practiceId),
        Observer = new ResourceReference { Display = "Ward/" + practiceId },
        Type = [new Coding(SourceTypeSystem, "4", "Application Server")],
    };

    private static AuditEvent.EntityComponent EntityOf(AuditEntry entry)
    {
        var person = string.Equals(entry.ResourceType, "Patient", StringComparison.Ordinal);
        var entity = new AuditEvent.EntityComponent
        {
            What = new ResourceReference(entry.ResourceType + "/" + entry.ResourceId),
            Type = person
                ? new Coding(EntityTypeSystem, "1", "Person")
                : new Coding(EntityTypeSystem, "2", "System Object"),
        };
        AddDetail(entity, "fields", entry.Fields);
        AddDetail(entity, "sourceAddress", entry.SourceAddress);
        return entity;
    }

    private static void AddDetail(AuditEvent.EntityComponent entity, string type, string value)
    {
        if (value.Length > 0)
        {
            entity.Detail.Add(new AuditEvent.DetailComponent
            {
                Type = type,
                Value = new FhirString(value),
            });
        }
    }

    private static string? Part(Extension? chain, string url) =>
        (chain?.Extension.FirstOrDefault(e => e.Url == url)?.Value as FhirString)?.Value;

    // FHIR forbids empty strings; an absent value is left out instead.
    private static string? OrNull(string value) => value.Length == 0 ? null : value;
}
