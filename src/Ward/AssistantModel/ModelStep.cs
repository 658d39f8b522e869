using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Ward.Assistant;
using Ward.Assistant.Flows;
using Ward.Assistant.Knowledge;
using Ward.Assistant.Language;
using Ward.Assistant.Llm;
using Ward.Assistant.Understanding;
using Ward.Channels;
using Ward.Compliance.Disclosure;
using Ward.Disclosure;
using Ward.Knowledge;
using Ward.Outbox;
using Ward.PatientRights;
using Ward.Practices;
using Ward.Storage;
using Ward.Storage.Audit;
using Ward.Storage.Entities;

namespace Ward.AssistantModel;

/// <summary>
/// Runs the model for one <c>assistant.model</c> outbox row, after the ingest commit: checks
/// the PHI gate for the model's vendor, lets <see cref="ModelRewriter"/> rephrase the cited
/// entries within the budget, then turns the row into the channel's ordinary reply (the
/// model's text when it passed the checks, else the retrieval draft) and stores that choice
/// before anything is sent. From then on the row is a plain reply with the outbox's usual
/// retries, so a failing model never becomes a failed send and never runs twice.
/// </summary>
internal sealed class ModelStep(
    ModelOptions options, ModelClient client, PracticeDirectory practices, PracticePhiGate gate,
    OutboundScreen screen, WardDatabase database, AuditLog audit, TimeProvider time,
    ILogger<ModelStep> logger)
{
    /// <summary>The row as the reply it became; throws <see cref="ProviderSendException"/>
    /// (retryable) when the choice could not be stored.</summary>
    public async Task<OutboxRow> PrepareAsync(OutboxRow row, CancellationToken cancellationToken)
    {
        var practice = practices.ById(row.PracticeId) ?? throw new ProviderSendException(
            "The outbox row cannot be sent: practice-missing", SendFailureKind.Permanent,
            "practice-missing");
        var json = practice.Keys.Fields.Decrypt(row.PayloadCipher, PracticeFields.OutboxPayload);
        var draft = JsonSerializer.Deserialize<ModelDraft>(json)!;

        var (text, source, refusal) = await ChooseAsync(practice, draft, row, cancellationToken);
        var payload = practice.Keys.Fields.Encrypt(JsonSerializer.Serialize(
            new OutboxPayload(draft.To, text, null)), PracticeFields.OutboxPayload);
        var events = Events(row, source, refusal);
        try
        {
            await StoreAsync(row, practice, draft.ReplyKind, payload,
                source == "model" ? text : null, events, cancellationToken);
        }
        catch (Exception e) when (e is DbUpdateException or InvalidOperationException
            or System.Data.Common.DbException)
        {
            WardLog.ModelStoreFailed(logger, row.Id, e.GetType().Name);
            throw new ProviderSendException("The model's choice could not be stored",
                SendFailureKind.Retryable, "model-store-failed");
        }

        WardLog.ModelChoice(logger, row.Id, row.PracticeId, source, refusal ?? "checked");
        return Reply(row, draft.ReplyKind, payload);
    }

    private async Task<(string Text, string Source, string? Refusal)> ChooseAsync(
        PracticeContext practice, ModelDraft draft, OutboxRow row,
        CancellationToken cancellationToken)
    {
        var chat = client.Client;
        if (chat is null)
        {
            return (draft.Draft, "retrieval", "not-configured");
        }

        if (!string.Equals(options.Vendor, ModelOptions.SelfHosted, StringComparison.Ordinal))
        {
            var verdict = gate.Check(practice, options.Vendor!);
            if (!verdict.Allowed)
            {
                WardLog.ModelRefused(logger, practice.Id, verdict.Reason.ToString());
                return (draft.Draft, "retrieval", "gate-" + verdict.Reason.ToString());
            }
        }

        var knowledge = new KnowledgeBase(draft.KnowledgeLanguage,
            [.. draft.Entries.Select(KnowledgeJson.Read)]);
        var rewriter = new ModelRewriter(chat, time, logger, options.Budget);
        var answer = await rewriter.RewriteAsync(Answer(draft, knowledge), knowledge,
            cancellationToken);
        if (!answer.Rewritten)
        {
            return (draft.Draft, "retrieval", null);
        }

        // The model's words pass the same outbound screen as the draft did; if they would be
        // held back where the draft was not, the draft goes.
        var screened = screen.Screen(practice, draft.Channel, answer.Text, draft.Language,
            row.MessageId ?? row.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return screened.Decision == DisclosureDecision.SendAsIs
            ? (answer.Text, "model", null)
            : (draft.Draft, "retrieval", "screen");
    }

    private static AssistantReply Answer(ModelDraft draft, KnowledgeBase knowledge) => new(
        draft.Draft, new LanguageGuess(draft.Language, "thread"),
        IntentNames.TryParse(draft.Intent, out var intent) ? intent : default,
        AssistantRoute.Answered, ActionKind.None,
        [.. knowledge.Entries.Select(e => new Citation(e.Id, e.Version))]);

    private static List<AuditRecord> Events(OutboxRow row, string source, string? refusal)
    {
        var resource = row.MessageId
            ?? row.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var events = new List<AuditRecord>();
        if (refusal?.StartsWith("gate-", StringComparison.Ordinal) == true)
        {
            events.Add(new AuditRecord(row.PracticeId, AuditActors.System, "phi-gate",
                "assistant.model.refused", "Message", resource, "", "treatment",
                Outcome: refusal[5..]));
        }

        events.Add(new AuditRecord(row.PracticeId, AuditActors.System, "assistant",
            "assistant.reply.chosen", "Message", resource, "body", "treatment",
            Outcome: refusal is null ? source : source + ":" + refusal));
        return events;
    }

    private async Task StoreAsync(OutboxRow row, PracticeContext practice, string kind,
        byte[] payload, string? newBody, List<AuditRecord> events,
        CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        var stored = await db.Outbox.SingleAsync(o => o.Id == row.Id, cancellationToken);
        stored.Kind = kind;
        stored.PayloadCipher = payload;
        if (newBody is not null && row.MessageId is not null && row.PatientId is not null)
        {
            var message = await db.Messages.SingleAsync(m => m.Id == row.MessageId,
                cancellationToken);
            var vault = new PatientVault(db, practice);
            var patient = await vault.FindAsync(row.PatientId, null, cancellationToken);
            var cipher = await vault.CipherAsync(patient, cancellationToken);
            message.BodyCipher = (cipher ?? practice.Keys.Fields)
                .Encrypt(newBody, PracticeFields.MessageBody);
        }

        await audit.AppendAsync(db, events, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private static OutboxRow Reply(OutboxRow row, string kind, byte[] payload) => new()
    {
        Id = row.Id, PracticeId = row.PracticeId, Kind = kind, MessageId = row.MessageId,
        PatientId = row.PatientId, PayloadCipher = payload, Priority = row.Priority,
        Status = row.Status, Attempts = row.Attempts, NextAttemptAtMs = row.NextAttemptAtMs,
        LeaseUntilMs = row.LeaseUntilMs, LastError = row.LastError,
        CreatedAtMs = row.CreatedAtMs,
    };
}
