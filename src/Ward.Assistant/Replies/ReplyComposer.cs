using Ward.Assistant.Flows;
using Ward.Assistant.Grounding;
using Ward.Assistant.Knowledge;
using Ward.Assistant.Language;
using Ward.Assistant.Retrieval;
using Ward.Assistant.Understanding;

namespace Ward.Assistant.Replies;

/// <summary>
/// Turns an intent into a reply from the knowledge base and Ward's own phrases. Answers quote
/// the practice's entry as written (in the patient's language when it has a translation); every
/// reply passes the grounding check, and one that fails becomes a hand-off to staff.
/// </summary>
internal sealed class ReplyComposer(Bm25Index index, KnowledgeBase knowledge)
{
    /// <summary>Below this BM25 score a question is not taken as answered by an entry.</summary>
    public const double MinimumScore = 1.0;

    public AssistantReply Answer(
        Intent intent, string text, LanguageGuess language, DateOnly today,
        IReadOnlyCollection<KnowledgeKind> kinds)
    {
        var entry = Best(text, kinds, today);
        if (entry is null)
        {
            return Handoff(intent == Intent.Question ? Intent.Unknown : intent, language);
        }

        var phrases = AssistantPhrases.For(language.Code);
        var body = entry.Speaks(language.Code)
            ? entry.TextIn(language.Code).Answer
            : phrases.OtherLanguage + "\n" + entry.Text.Answer;
        return Checked(new AssistantReply(body, language, intent, AssistantRoute.Answered,
            ActionKind.None, [new Citation(entry.Id, entry.Version)]));
    }

    public AssistantReply Intake(LanguageGuess language, DateOnly today)
    {
        var entry = knowledge.Active(today).FirstOrDefault(e => e.Kind == KnowledgeKind.Intake
            && e.Link is not null);
        if (entry is null)
        {
            return Handoff(Intent.IntakeForm, language);
        }

        var phrases = AssistantPhrases.For(language.Code);
        var text = string.Format(System.Globalization.CultureInfo.InvariantCulture,
            phrases.Intake, entry.Link) + "\n" + phrases.IntakeConsent;
        return Checked(new AssistantReply(text, language, Intent.IntakeForm,
            AssistantRoute.Answered, ActionKind.IntakeSent, [new Citation(entry.Id, entry.Version)]));
    }

    public static AssistantReply Request(Intent intent, LanguageGuess language)
    {
        var phrases = AssistantPhrases.For(language.Code);
        var (text, action) = intent switch
        {
            Intent.Booking => (phrases.Booking, ActionKind.BookingRequest),
            Intent.Rescheduling => (phrases.Change, ActionKind.RescheduleRequest),
            Intent.Cancelling => (phrases.Change, ActionKind.CancelRequest),
            Intent.RefillRequest => (phrases.Refill, ActionKind.RefillTask),
            Intent.SpeakToPerson => (phrases.Person, ActionKind.StaffHandoff),
            _ => (phrases.Handoff, ActionKind.StaffHandoff),
        };
        return new AssistantReply(text, language, intent, AssistantRoute.Staff, action, []);
    }

    public static AssistantReply Slots(
        LanguageGuess language, IReadOnlyList<AppointmentSlot> slots)
    {
        var phrases = AssistantPhrases.For(language.Code);
        var times = string.Join(", ", slots.Select(s => s.Start.ToString("ddd dd MMM HH:mm",
            System.Globalization.CultureInfo.GetCultureInfo(language.Code))));
        return new AssistantReply(
            string.Format(System.Globalization.CultureInfo.InvariantCulture, phrases.Slots, times),
            language, Intent.Booking, AssistantRoute.Staff, ActionKind.BookingRequest, []);
    }

    public static AssistantReply Thanks(LanguageGuess language) =>
        new(AssistantPhrases.For(language.Code).Thanks, language, Intent.SmallTalk,
            AssistantRoute.Answered, ActionKind.None, []);

    public static AssistantReply Handoff(Intent intent, LanguageGuess language) =>
        new(AssistantPhrases.For(language.Code).Handoff, language, intent, AssistantRoute.Staff,
            ActionKind.StaffHandoff, []);

    /// <summary>Runs the grounding check; an answer that fails goes to staff.</summary>
    public AssistantReply Checked(AssistantReply reply)
    {
        var cited = reply.Citations.Select(c => knowledge.Find(c.EntryId)).OfType<KnowledgeEntry>();
        var own = AssistantPhrases.For(reply.Language.Code).All;
        return GroundingCheck.Check(reply.Text, cited, own).Grounded ? reply
            : Handoff(reply.Intent, reply.Language);
    }

    private KnowledgeEntry? Best(string text, IReadOnlyCollection<KnowledgeKind> kinds, DateOnly today)
    {
        var hit = index.Search(text, kinds, top: 8).FirstOrDefault(h => h.Entry.IsActive(today)
            && (kinds.Count > 0 || h.Score >= MinimumScore));
        if (hit is not null)
        {
            return hit.Entry;
        }

        // A named intent with no matching words ("do you take my insurance?") gets the first
        // entry of its kind: the file lists a practice's main entry first.
        return kinds.Count == 0 ? null
            : knowledge.Active(today).FirstOrDefault(e => kinds.Contains(e.Kind));
    }
}
