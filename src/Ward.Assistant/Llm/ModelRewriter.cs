using System.Globalization;
using System.Text;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Ward.Assistant.Grounding;
using Ward.Assistant.Knowledge;
using Ward.Assistant.Replies;
using Ward.Triage;

namespace Ward.Assistant.Llm;

/// <summary>
/// Lets a language model (any <see cref="IChatClient"/>: a self-hosted or a contracted
/// OpenAI-compatible endpoint) rephrase an answer the retrieval already chose. The model is
/// shown the cited entries and the reply language, never the patient's message, so nothing a
/// patient writes ("ignore your instructions") can reach it. Its output is used only when it
/// arrives within <see cref="Budget"/>, passes the grounding check against the same entries and
/// is no more alarming to the triage than the entry itself; otherwise the retrieval answer is
/// sent as it was. The caller gates the client on the practice's agreements (PHI gate).
/// <paramref name="budget"/> may shorten <see cref="Budget"/>, never lengthen it.
/// </summary>
public sealed class ModelRewriter(
    IChatClient client, TimeProvider time, ILogger logger, TimeSpan? budget = null)
{
    /// <summary>The longest the patient waits for the model before the retrieval answer goes.</summary>
    public static readonly TimeSpan Budget = TimeSpan.FromSeconds(10);

    private const int MaxLength = 1200;

    private static readonly Lazy<TriageEngine> Triage = new(() => new TriageEngine());

    private readonly TimeSpan _budget =
        budget is { } shorter && shorter > TimeSpan.Zero && shorter < Budget ? shorter : Budget;

    /// <summary>The rephrased reply, or <paramref name="answer"/> unchanged.</summary>
    public async Task<AssistantReply> RewriteAsync(
        AssistantReply answer, KnowledgeBase knowledge, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(knowledge);
        var cited = answer.Citations.Select(c => knowledge.Find(c.EntryId))
            .OfType<KnowledgeEntry>().ToList();
        if (answer.Route != AssistantRoute.Answered || cited.Count == 0)
        {
            return answer;
        }

        var text = await AskAsync(Prompt(cited, answer.Language.Code), cancellationToken);
        var verdict = text is null ? "timeout-or-error" : Verdict(text, cited, answer.Language.Code);
        if (verdict is not null)
        {
            AssistantLog.ModelFellBack(logger, verdict);
            return answer;
        }

        AssistantLog.ModelRewrote(logger, answer.Intent.ToString());
        return answer with { Text = text!.Trim(), Rewritten = true };
    }

    private async Task<string?> AskAsync(List<ChatMessage> prompt, CancellationToken cancellationToken)
    {
        using var deadline = new CancellationTokenSource(_budget, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(
            cancellationToken, deadline.Token);
        try
        {
            // WaitAsync also bounds a client that ignores its cancellation token.
            var response = await client.GetResponseAsync(prompt, new ChatOptions { Temperature = 0 },
                linked.Token).WaitAsync(_budget, time, cancellationToken);
            return response.Text;
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Boundary to an outside service: whatever it throws, the patient still gets the
            // retrieval answer. Only the caller's own cancellation goes on up.
            return null;
        }
    }

    // Null when the text may be sent; else the reason, for the log.
    private static string? Verdict(string text, List<KnowledgeEntry> cited, string language)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > MaxLength)
        {
            return "empty-or-too-long";
        }

        if (!GroundingCheck.Check(text, cited, AssistantPhrases.For(language).All).Grounded)
        {
            return "ungrounded";
        }

        var source = Triage.Value.Decide(string.Join('\n', cited.Select(e => e.TextIn(language).Answer)),
            PatientRegion.Unknown).Category;
        return Triage.Value.Decide(text, PatientRegion.Unknown).Category > source ? "triage" : null;
    }

    private static List<ChatMessage> Prompt(List<KnowledgeEntry> cited, string language)
    {
        var entries = new StringBuilder();
        foreach (var entry in cited)
        {
            var words = entry.TextIn(language);
            entries.Append(CultureInfo.InvariantCulture,
                $"[{entry.Id} v{entry.Version}] {words.Title}: {words.Answer}\n");
        }

        return
        [
            new(ChatRole.System,
                "You rephrase a medical practice's own information for a patient. Write in the "
                + $"language with ISO 639-1 code '{language}'. Use only the facts in the entries "
                + "below; copy every number, time, price, name and link exactly; add nothing, "
                + "never give medical advice. Answer in at most four sentences."),
            new(ChatRole.User, entries.ToString()),
        ];
    }
}
