using Ward.Assistant.Flows;
using Ward.Assistant.Knowledge;
using Ward.Assistant.Language;
using Ward.Assistant.Llm;
using Ward.Assistant.Replies;
using Ward.Assistant.Retrieval;
using Ward.Assistant.Understanding;
using Ward.Triage;

namespace Ward.Assistant;

/// <summary>
/// The assistant for one practice's knowledge base: language, clinical or not, intent, then a
/// reply from the knowledge base or Ward's own phrases. <c>Decide</c> is a pure function
/// of the request and the knowledge base, fast enough to run inside the ingest transaction;
/// it never diagnoses, never recommends treatment, and never states a fact no entry holds.
/// Immutable after construction and safe to share between threads.
/// </summary>
public sealed class AssistantEngine
{
    private static readonly Lazy<IntentClassifier> SharedClassifier = new(() => new());

    private static readonly Dictionary<Intent, KnowledgeKind[]> AnswerKinds = new()
    {
        [Intent.OpeningHours] = [KnowledgeKind.Hours, KnowledgeKind.OnCall],
        [Intent.InsuranceAccepted] = [KnowledgeKind.Insurance],
        [Intent.Directions] = [KnowledgeKind.Directions],
        [Intent.BillingQuestion] = [KnowledgeKind.Fee, KnowledgeKind.Billing],
    };

    private readonly LanguageIdentifier _languages;
    private readonly ReplyComposer _composer;

    public AssistantEngine(KnowledgeBase knowledge, LanguageIdentifier? languages = null)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        Knowledge = knowledge;
        _languages = languages ?? LanguageIdentifier.Shared;
        _composer = new ReplyComposer(new Bm25Index(knowledge.Entries), knowledge);
    }

    public KnowledgeBase Knowledge { get; }

    /// <summary>Decides the reply for a non-emergency message from retrieval alone.</summary>
    public AssistantReply Decide(AssistantRequest request) =>
        Decide(request, []);

    /// <summary>Decides the reply, offering <paramref name="slots"/> for a booking.</summary>
    public AssistantReply Decide(AssistantRequest request, IReadOnlyList<AppointmentSlot> slots)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(slots);
        if (request.Triage.Category == TriageCategory.Emergency)
        {
            throw new ArgumentException("Emergencies are answered by the triage, never here.",
                nameof(request));
        }

        var language = _languages.Identify(request.Text, request.ThreadLanguage,
            request.Triage.Language, request.PracticeLanguage);
        var reading = SharedClassifier.Value.Read(request.Text, language.Code);
        if (IsClinical(reading, request.Triage))
        {
            return new AssistantReply(
                SafetyReplies.ClinicalHolding(language.Code, request.Triage.Region), language,
                Intent.Clinical, AssistantRoute.Clinician, ActionKind.ClinicianQueue, []);
        }

        return Route(reading.Intent, request, language, slots);
    }

    /// <summary>
    /// Decides the reply with the optional helpers: free slots for a booking (from the EHR when
    /// one is connected) and a language model to rephrase answers. Both are bounded: without
    /// slots booking becomes a request for staff, and a slow or failing model leaves the
    /// retrieval answer in place within <see cref="ModelRewriter.Budget"/>.
    /// </summary>
    public async Task<AssistantReply> DecideAsync(AssistantRequest request, ISlotSource slots,
        ModelRewriter? model, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(slots);
        var reply = Decide(request);
        if (reply.Action == ActionKind.BookingRequest)
        {
            var free = await slots.FreeSlotsAsync(now, 3, cancellationToken);
            return free.Count > 0 ? Decide(request, free) : reply;
        }

        return model is null ? reply
            : await model.RewriteAsync(reply, Knowledge, cancellationToken);
    }

    /// <summary>The consent question for AI-assisted intake, as sent with the intake link in
    /// <paramref name="language"/>: what the consent ledger records as shown.</summary>
    public static string IntakeConsentQuestion(string language) =>
        AssistantPhrases.For(language).IntakeConsent;

    /// <summary>The reply to a recorded consent answer: a thank-you in the thread's
    /// language.</summary>
    public AssistantReply ConsentRecorded(AssistantRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var language = _languages.Identify(request.Text, request.ThreadLanguage,
            request.Triage.Language, request.PracticeLanguage);
        return ReplyComposer.Thanks(language) with { Intent = Intent.IntakeForm };
    }

    // A question asking for judgement is clinical whatever else it asks; a message the triage
    // calls clinical is too, unless it plainly asks for something administrative.
    private static bool IsClinical(MessageReading reading, TriageDecision triage) =>
        reading.AsksJudgement || (triage.Category == TriageCategory.Clinical
            && reading.Intent is Intent.Unknown or Intent.SmallTalk);

    private AssistantReply Route(Intent intent, AssistantRequest request, LanguageGuess language,
        IReadOnlyList<AppointmentSlot> slots)
    {
        if (AnswerKinds.TryGetValue(intent, out var kinds))
        {
            return _composer.Answer(intent, request.Text, language, request.Today, kinds);
        }

        return intent switch
        {
            Intent.IntakeForm => _composer.Intake(language, request.Today),
            Intent.Booking when slots.Count > 0 => ReplyComposer.Slots(language, slots),
            Intent.Booking or Intent.Rescheduling or Intent.Cancelling or Intent.RefillRequest
                or Intent.SpeakToPerson => ReplyComposer.Request(intent, language),
            Intent.SmallTalk => ReplyComposer.Thanks(language),
            _ => _composer.Answer(Intent.Question, request.Text, language, request.Today, []),
        };
    }
}
