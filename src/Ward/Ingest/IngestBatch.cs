using Microsoft.EntityFrameworkCore;
using Ward.Keys;
using Ward.Outbox;
using Ward.Practices;
using Ward.Storage;
using Ward.Storage.Audit;
using Ward.Storage.Entities;
using Ward.Storage.Outbox;
using Ward.Triage;

namespace Ward.Ingest;

/// <summary>The rows one ingest transaction touches, with lookups cached for the batch.</summary>
internal sealed class IngestBatch(WardDbContext db, long now, PracticeKeyStore keyStore)
{
    private readonly Dictionary<string, PatientRow> _patients = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ConversationRow> _conversations =
        new(StringComparer.Ordinal);

    // The blind index is an HMAC; each message's is computed once per batch.
    private readonly Dictionary<InboundMessage, string> _indexes =
        new(ReferenceEqualityComparer.Instance);

    private readonly PatientCiphers _ciphers = new(db, now, keyStore);

    public List<AuditRecord> Audit { get; } = [];

    /// <summary>Consent questions for AI-assisted intake awaiting the patient's answer, by
    /// conversation id.</summary>
    public Dictionary<string, StaffTaskRow> PendingConsent { get; } = new(StringComparer.Ordinal);

    public ConsentBook Consents { get; } = new(db, now);

    /// <summary>The outbox rows this batch adds; they are born leased to this instance, which
    /// sends them right after the commit without claiming them first.</summary>
    public List<OutboxRow> Outbox { get; } = [];

    public async Task<List<InboundMessage>> WithoutDuplicatesAsync(
        IEnumerable<InboundMessage> messages, CancellationToken cancellationToken)
    {
        var fresh = messages.DistinctBy(m => (m.Channel, m.ProviderMessageId)).ToList();
        var ids = fresh.Select(m => m.ProviderMessageId).ToList();
        if (ids.Count == 0)
        {
            return fresh;
        }

        var seen = (await db.Messages.AsNoTracking()
                .Where(m => m.Direction == "in" && ids.Contains(m.ProviderMessageId!))
                .Select(m => new { m.Channel, m.ProviderMessageId })
                .ToListAsync(cancellationToken))
            .Select(m => (m.Channel, m.ProviderMessageId!)).ToHashSet();
        return [.. fresh.Where(m => !seen.Contains((m.Channel, m.ProviderMessageId)))];
    }

    /// <summary>
    /// Loads, in two queries, the patients and conversations that the batch's messages belong
    /// to, so storing each message needs no lookup of its own.
    /// </summary>
    public async Task PreloadAsync(
        IReadOnlyList<InboundMessage> messages, CancellationToken cancellationToken)
    {
        if (messages.Count == 0)
        {
            return;
        }

        var practices = messages.Select(m => m.Practice.Id).Distinct().ToList();
        var indexes = messages.Select(PhoneIndex).Distinct().ToList();
        var patients = await db.Patients
            .Where(p => practices.Contains(p.PracticeId) && indexes.Contains(p.PhoneIndex))
            .ToListAsync(cancellationToken);
        patients.ForEach(p => _patients[p.PracticeId + "/" + p.PhoneIndex] = p);
        var contexts = messages.Select(m => m.Practice).DistinctBy(p => p.Id)
            .ToDictionary(p => p.Id, StringComparer.Ordinal);
        await _ciphers.PreloadAsync(patients, contexts, cancellationToken);
        await Consents.PreloadAsync([.. patients.Select(p => p.Id)], cancellationToken);

        var ids = patients.Select(p => p.Id).ToList();
        var conversations = await db.Conversations.Where(c => ids.Contains(c.PatientId))
            .ToListAsync(cancellationToken);
        conversations.ForEach(c => _conversations[c.PatientId + "/" + c.Channel] = c);
        var conversationIds = conversations.Select(c => c.Id).ToList();
        var pending = await db.StaffTasks.Where(t => conversationIds.Contains(t.ConversationId)
            && t.Kind == IntakeConsent.TaskKind && t.Status == IntakeConsent.Awaiting)
            .ToListAsync(cancellationToken);
        pending.ForEach(t => PendingConsent[t.ConversationId] = t);
    }

    public PatientRow Patient(InboundMessage message)
    {
        var keys = message.Practice.Keys;
        var index = PhoneIndex(message);
        var cacheKey = message.Practice.Id + "/" + index;
        if (!_patients.TryGetValue(cacheKey, out var patient))
        {
            patient = new PatientRow
            {
                Id = Guid.CreateVersion7().ToString(), PracticeId = message.Practice.Id,
                PhoneIndex = index, CreatedAtMs = now, PhoneCipher = [],
            };
            patient.PhoneCipher = _ciphers.For(patient, keys)
                .Encrypt(message.SenderE164, PracticeFields.PatientPhone);
            db.Patients.Add(patient);
        }

        // The profile name is stored once; re-sealing it on every message would rewrite the
        // row each time (a fresh nonce makes every ciphertext differ).
        if (patient.NameCipher is null && message.ProfileName is { Length: > 0 } name)
        {
            patient.NameCipher = _ciphers.For(patient, keys).Encrypt(name, PracticeFields.PatientName);
        }

        return _patients[cacheKey] = patient;
    }

    public ConversationRow Conversation(InboundMessage message, PatientRow patient)
    {
        var cacheKey = patient.Id + "/" + message.Channel;
        if (!_conversations.TryGetValue(cacheKey, out var conversation))
        {
            conversation = NewConversation(message, patient);
            _conversations[cacheKey] = conversation;
        }

        // The language is set by the caller: the assistant decides it with the thread's own.
        conversation.LastInboundAtMs = now;
        conversation.LastCategory = message.Decision.Category.ToString().ToLowerInvariant();
        return conversation;
    }

    public MessageRow AddInbound(
        InboundMessage message, PatientRow patient, ConversationRow conversation)
    {
        var d = message.Decision;
        var row = NewMessage(message, patient, conversation, "in", message.Text);
        row.ProviderMessageId = message.ProviderMessageId;
        row.ContentType = message.ContentType;
        row.Category = d.Category.ToString().ToLowerInvariant();
        row.Kinds = string.Join(',', d.Kinds.Select(k => k.ToWireName()));
        row.Numbers = string.Join(',', d.Numbers);
        row.Language = d.Language;
        return row;
    }

    public MessageRow AddOutbound(
        InboundMessage message, PatientRow patient, ConversationRow conversation, string body)
    {
        var row = NewMessage(message, patient, conversation, "out", body);
        row.DeliveryStatus = "queued";
        return row;
    }

    public void AddOutbox(PracticeContext practice, PlannedSend send, string? messageId,
        string patientId, byte[] payload)
    {
        var row = new OutboxRow
        {
            PracticeId = practice.Id, Kind = send.Kind, MessageId = messageId,
            PatientId = OutboxKinds.IsPage(send.Kind) ? null : patientId,
            PayloadCipher = payload, Priority = send.Priority, Status = OutboxStatus.Pending,
            NextAttemptAtMs = now, CreatedAtMs = now, Attempts = 1,
            LeaseUntilMs = now + (long)OutboxLease.Duration.TotalMilliseconds,
        };
        db.Outbox.Add(row);
        Outbox.Add(row);
    }

    public void AddTask(StaffTaskRow task) => db.StaffTasks.Add(task);

    public async Task ApplyDeliveriesAsync(
        IEnumerable<DeliveryUpdate> updates, CancellationToken cancellationToken)
    {
        foreach (var update in updates)
        {
            var message = await db.Messages.SingleOrDefaultAsync(m => m.Direction == "out"
                && m.Channel == update.Channel && m.ProviderMessageId == update.ProviderMessageId,
                cancellationToken);
            if (message is not null && DeliveryStates.Advances(message.DeliveryStatus, update.Status))
            {
                message.DeliveryStatus = update.Status;
                message.DeliveryError = update.ErrorCode;
                message.DeliveryUpdatedAtMs = now;
            }
        }
    }

    private string PhoneIndex(InboundMessage message)
    {
        if (!_indexes.TryGetValue(message, out var index))
        {
            index = message.Practice.Keys.Index.Compute(
                PracticeFields.PhoneIndexDomain, message.SenderE164);
            _indexes[message] = index;
        }

        return index;
    }

    private ConversationRow NewConversation(InboundMessage message, PatientRow patient)
    {
        var conversation = new ConversationRow
        {
            Id = Guid.CreateVersion7().ToString(), PracticeId = patient.PracticeId,
            PatientId = patient.Id, Channel = message.Channel, CreatedAtMs = now,
            ReplyAddressCipher = _ciphers.For(patient, message.Practice.Keys).Encrypt(
                message.ReplyAddress, PracticeFields.ReplyAddress),
        };
        db.Conversations.Add(conversation);
        return conversation;
    }

    private MessageRow NewMessage(InboundMessage message, PatientRow patient,
        ConversationRow conversation, string direction, string body)
    {
        var row = new MessageRow
        {
            Id = Guid.CreateVersion7().ToString(), PracticeId = conversation.PracticeId,
            ConversationId = conversation.Id, Direction = direction, Channel = message.Channel,
            BodyCipher = _ciphers.For(patient, message.Practice.Keys)
                .Encrypt(body, PracticeFields.MessageBody),
            CreatedAtMs = now,
        };
        db.Messages.Add(row);
        return row;
    }
}
