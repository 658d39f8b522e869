using System.Text.Json;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using Ward.Compliance.AuditPack;
using Data = Ward.Compliance.Tests.AuditPack.AuditPackTestData;
using Task = System.Threading.Tasks.Task;

namespace Ward.Compliance.Tests.AuditPack;

public sealed class AuditEventMappingTests
{
    private static readonly JsonSerializerOptions Fhir =
        new JsonSerializerOptions().ForFhir(ModelInfo.ModelInspector);

    [Fact]
    public async Task WriteAsync_FhirLine_ParsesBackWithFirely()
    {
        using var folder = new TempFolder();
        using var key = Data.NewKey();
        var viewed = Data.Chain()[1];

        await AuditPackWriter.WriteAsync(Data.Contents(), key, folder.Pack, CancellationToken.None);

        var line = File.ReadLines(Path.Combine(folder.Pack, "audit-events.fhir.ndjson")).First();
        var parsed = FhirJsonDeserializer.STRICT.Deserialize<AuditEvent>(line);
        Assert.Equal("practice-a-2", parsed.Id);
        Assert.Equal("http://dicom.nema.org/resources/ontology/DCM", parsed.Type.System);
        Assert.Equal("110110", parsed.Type.Code);
        Assert.Equal(AuditEvent.AuditEventAction.R, parsed.Action);
        Assert.Equal(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), parsed.Recorded);
        Assert.Equal(AuditEvent.AuditEventOutcome.N0, parsed.Outcome);

        Assert.Equal("Patient/pt-1", parsed.Entity.Single().What!.Reference);
        Assert.Equal("fields", parsed.Entity.Single().Detail[0].Type);
        Assert.Equal(viewed.Hash, ChainPart(parsed, "hash"));
        Assert.Equal("2", ChainPart(parsed, "sequence"));
    }

    [Fact]
    public void ToFhir_UserRead_RequestorWithActorAndObserver()
    {
        var viewed = Data.Chain()[1];

        var fhir = AuditEventMapping.ToFhir(viewed);

        var agent = fhir.Agent.Single();
        Assert.True(agent.Requestor);
        Assert.Equal("user", agent.Type!.Coding.Single().Code);
        Assert.Equal("u-7", agent.Who!.Identifier!.Value);
        Assert.Equal("Ward/practice-a", fhir.Source.Observer.Display);
        Assert.Equal("treatment", fhir.PurposeOfEvent.Single().Text);
    }

    [Fact]
    public void ToFhir_RejectedWebhook_RestTypeMinorFailureSystemAgent()
    {
        var rejected = Data.Chain()[4];

        var fhir = AuditEventMapping.ToFhir(rejected);

        Assert.Equal("http://terminology.hl7.org/CodeSystem/audit-event-type", fhir.Type.System);
        Assert.Equal("rest", fhir.Type.Code);
        Assert.Equal(AuditEvent.AuditEventAction.E, fhir.Action);
        Assert.Equal(AuditEvent.AuditEventOutcome.N4, fhir.Outcome);
        Assert.False(fhir.Agent.Single().Requestor);
    }

    [Fact]
    public void ToFhir_Serialised_RoundTripsWithFirely()
    {
        var purged = Data.Chain()[5];

        var json = JsonSerializer.Serialize(AuditEventMapping.ToFhir(purged), Fhir);
        var parsed = JsonSerializer.Deserialize<AuditEvent>(json, Fhir)!;

        Assert.Equal(AuditEvent.AuditEventAction.D, parsed.Action);
        Assert.Equal("Message/m-1", parsed.Entity.Single().What!.Reference);
        Assert.Equal(new DateTimeOffset(2026, 3, 31, 23, 59, 59, 999, TimeSpan.Zero),
            parsed.Recorded);
    }

    [Theory]
    [InlineData("message.created", AuditEvent.AuditEventAction.C)]
    [InlineData("practice.imported", AuditEvent.AuditEventAction.C)]
    [InlineData("patient.read", AuditEvent.AuditEventAction.R)]
    [InlineData("patient.viewed", AuditEvent.AuditEventAction.R)]
    [InlineData("audit.exported", AuditEvent.AuditEventAction.R)]
    [InlineData("conversation.opened", AuditEvent.AuditEventAction.R)]
    [InlineData("consent.updated", AuditEvent.AuditEventAction.U)]
    [InlineData("key.rotated", AuditEvent.AuditEventAction.U)]
    [InlineData("patient.erased", AuditEvent.AuditEventAction.D)]
    [InlineData("message.purged", AuditEvent.AuditEventAction.D)]
    [InlineData("triage.decided", AuditEvent.AuditEventAction.E)]
    [InlineData("message.received", AuditEvent.AuditEventAction.E)]
    public void ActionOf_Verb_MapsPerBrief(string action, AuditEvent.AuditEventAction expected)
    {
        var mapped = AuditEventMapping.ActionOf(action);

        Assert.Equal(expected, mapped);
    }

    [Theory]
    [InlineData("success", "message.sent", AuditEvent.AuditEventOutcome.N0)]
    [InlineData("refused", "phi.sent", AuditEvent.AuditEventOutcome.N4)]
    [InlineData("rejected", "consent.recorded", AuditEvent.AuditEventOutcome.N4)]
    [InlineData("denied", "patient.read", AuditEvent.AuditEventOutcome.N4)]
    [InlineData("signature-invalid", "webhook.rejected", AuditEvent.AuditEventOutcome.N4)]
    [InlineData("failure", "send.dead_lettered", AuditEvent.AuditEventOutcome.N8)]
    [InlineData("retry", "send.failed", AuditEvent.AuditEventOutcome.N8)]
    public void OutcomeOf_Outcome_MapsPerBrief(string outcome, string action,
        AuditEvent.AuditEventOutcome expected)
    {
        var mapped = AuditEventMapping.OutcomeOf(outcome, action);

        Assert.Equal(expected, mapped);
    }

    [Fact]
    public void FhirId_PracticeWithUnderscore_UsesFhirIdCharacters()
    {
        var id = AuditEventMapping.FhirId("_system", 42);

        Assert.Equal("-system-42", id);
    }

    private static string? ChainPart(AuditEvent auditEvent, string part) =>
        (auditEvent.Extension.Single(e => e.Url == "urn:ward:audit-chain")
            .Extension.Single(e => e.Url == part).Value as FhirString)?.Value;
}
