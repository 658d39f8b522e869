using Microsoft.EntityFrameworkCore;
using Ward.Compliance.Consent;
using Ward.Registers;
using Ward.Storage;
using Ward.Storage.Entities;

namespace Ward.Ingest;

/// <summary>
/// The consent ledger as one ingest batch sees it: the patients' recorded answers, loaded in
/// one query, plus the opt-outs and opt-ins the batch's messages carry ("STOP", "START").
/// </summary>
internal sealed class ConsentBook(WardDbContext db, long now)
{
    /// <summary>What a keyword answer records as shown: Ward showed nothing; the patient sent
    /// the carrier-standard keyword.</summary>
    public const string KeywordAnswer = "(patient sent an opt-out or opt-in keyword)";

    private readonly Dictionary<string, List<ConsentEvent>> _events = new(StringComparer.Ordinal);

    public async Task PreloadAsync(IReadOnlyList<string> patientIds, CancellationToken cancellationToken)
    {
        var rows = await db.Consents.AsNoTracking().Where(c => patientIds.Contains(c.PatientId))
            .OrderBy(c => c.Id).ToListAsync(cancellationToken);
        foreach (var row in rows)
        {
            EventsOf(row.PatientId).Add(ConsentWords.ToEvent(row));
        }
    }

    /// <summary>Records a keyword answer; returns whether it was one.</summary>
    public bool RecordKeyword(InboundMessage message, PatientRow patient, MessageRow stored)
    {
        var signal = OptOutKeywords.Classify(message.Text);
        if (signal == OptOutSignal.None)
        {
            return false;
        }

        var choice = signal == OptOutSignal.OptOut ? ConsentChoice.Withdrawn : ConsentChoice.Granted;
        var purposes = choice == ConsentChoice.Withdrawn
            ? [ConsentWords.MessagingOn(message.Channel), ConsentPurpose.Marketing]
            : new[] { ConsentWords.MessagingOn(message.Channel) };
        foreach (var purpose in purposes)
        {
            db.Consents.Add(new ConsentRow
            {
                PracticeId = patient.PracticeId, PatientId = patient.Id,
                Purpose = ConsentWords.NameOf(purpose), Choice = ConsentWords.NameOf(choice),
                TextShown = KeywordAnswer, Language = stored.Language ?? "und",
                Channel = message.Channel, MessageId = stored.Id, RecordedBy = "patient",
                RecordedAtMs = now,
            });
            EventsOf(patient.Id).Add(new ConsentEvent(purpose, choice,
                DateTimeOffset.FromUnixTimeMilliseconds(now)));
        }

        return true;
    }

    /// <summary>Records a patient's answer to a question Ward asked, with the exact question
    /// and its language (GDPR Art. 7(1): the controller must be able to show consent).</summary>
    public void RecordAnswer(InboundMessage message, PatientRow patient, MessageRow stored,
        ConsentPurpose purpose, bool granted, string textShown, string language)
    {
        var choice = granted ? ConsentChoice.Granted : ConsentChoice.Withdrawn;
        db.Consents.Add(new ConsentRow
        {
            PracticeId = patient.PracticeId, PatientId = patient.Id,
            Purpose = ConsentWords.NameOf(purpose), Choice = ConsentWords.NameOf(choice),
            TextShown = textShown, Language = language, Channel = message.Channel,
            MessageId = stored.Id, RecordedBy = "patient", RecordedAtMs = now,
        });
        EventsOf(patient.Id).Add(new ConsentEvent(purpose, choice,
            DateTimeOffset.FromUnixTimeMilliseconds(now)));
    }

    /// <summary>Whether care replies may go to the patient on the message's channel.</summary>
    public bool MayReply(PatientRow patient, string channel) => ConsentRules.MaySend(
        OutboundPurpose.CareReply, ConsentWords.MessagingOn(channel), EventsOf(patient.Id));

    private List<ConsentEvent> EventsOf(string patientId)
    {
        if (!_events.TryGetValue(patientId, out var events))
        {
            _events[patientId] = events = [];
        }

        return events;
    }
}
