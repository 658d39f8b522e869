using System.Globalization;
using System.Text;
using System.Text.Json;
using Ward.Assistant.Grounding;
using Ward.Assistant.Knowledge;
using Ward.Assistant.Replies;
using Ward.Assistant.Text;
using Ward.Assistant.Understanding;

namespace Ward.Assistant.Evaluation;

/// <summary>
/// Scores the assistant on a labelled set: intent accuracy on routine messages, the cited
/// entry, clinical escalation (and false escalations), grounded answers (every sent answer
/// re-checked against what it cites) and language detection on messages of five words or
/// more, per language and in all.
/// </summary>
public sealed class AssistantEvaluation(KnowledgeBase knowledge)
{
    /// <summary>Language detection is scored from this many words.</summary>
    public const int LongMessageWords = 5;

    private readonly SortedDictionary<string, LanguageScore> _byLanguage = new(StringComparer.Ordinal);
    private readonly List<string> _misses = [];

    public LanguageScore Total { get; } = new();

    public IReadOnlyDictionary<string, LanguageScore> ByLanguage => _byLanguage;

    /// <summary>Ids of the messages scored wrong, with what was expected and got.</summary>
    public IReadOnlyList<string> Misses => _misses;

    public static LabelledQuestion Parse(string line) =>
        JsonSerializer.Deserialize<LabelledQuestion>(line) ?? new LabelledQuestion();

    public void Add(LabelledQuestion label, AssistantReply reply)
    {
        ArgumentNullException.ThrowIfNull(label);
        ArgumentNullException.ThrowIfNull(reply);
        if (!_byLanguage.TryGetValue(label.Language, out var language))
        {
            language = _byLanguage[label.Language] = new LanguageScore();
        }

        foreach (var score in new[] { language, Total })
        {
            Count(score, label, reply);
        }
    }

    private void Count(LanguageScore score, LabelledQuestion label, AssistantReply reply)
    {
        var first = ReferenceEquals(score, Total);
        score.Messages++;
        var escalated = reply.Route == AssistantRoute.Clinician;
        if (label.Clinical)
        {
            score.Clinical++;
            score.Escalated += escalated ? 1 : 0;
            Miss(first && !escalated, label, reply, "not escalated");
        }
        else
        {
            score.Routine++;
            score.FalseEscalations += escalated ? 1 : 0;
            var right = reply.Intent.ToWire() == label.Intent;
            score.IntentRight += right ? 1 : 0;
            Miss(first && !right, label, reply, "intent");
        }

        if (label.Entry is { } entry)
        {
            score.WithEntry++;
            var cited = reply.Citations.Any(c => c.EntryId == entry);
            score.EntryRight += cited ? 1 : 0;
            Miss(first && !cited && reply.Intent.ToWire() == label.Intent, label, reply, "entry");
        }

        CountGrounding(score, reply);
        CountLanguage(score, label, reply, first);
    }

    private void CountGrounding(LanguageScore score, AssistantReply reply)
    {
        if (reply.Route == AssistantRoute.Clinician)
        {
            return;
        }

        score.Answers++;
        var cited = reply.Citations.Select(c => knowledge.Find(c.EntryId)).OfType<KnowledgeEntry>();
        var own = AssistantPhrases.For(reply.Language.Code).All;
        score.Ungrounded += GroundingCheck.Check(reply.Text, cited, own).Grounded ? 0 : 1;
    }

    private void CountLanguage(LanguageScore score, LabelledQuestion label, AssistantReply reply,
        bool first)
    {
        if (Folding.Tokens(label.Text).Count(t => t.Any(char.IsLetter)) < LongMessageWords)
        {
            return;
        }

        score.LongMessages++;
        var right = reply.Language.Code == label.Language;
        score.LanguageRight += right ? 1 : 0;
        if (first && !right)
        {
            _misses.Add($"{label.Id}: language {reply.Language.Code} ({reply.Language.Source})");
        }
    }

    private void Miss(bool missed, LabelledQuestion label, AssistantReply reply, string what)
    {
        if (missed)
        {
            var cited = string.Join(",", reply.Citations);
            _misses.Add($"{label.Id}: {what}: expected {label.Intent}/{label.Entry ?? "-"}, got "
                + $"{reply.Intent.ToWire()}/{(cited.Length > 0 ? cited : "-")} ({reply.Route})");
        }
    }

    /// <summary>The report <c>ward eval assistant</c> prints.</summary>
    public string Report()
    {
        var text = new StringBuilder();
        text.AppendLine("language  messages  intent   entry    clinical-escalated  false-escalations"
            + "  grounded  language(5+ words)");
        foreach (var (code, score) in _byLanguage.Append(new("all", Total)))
        {
            text.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"{code,-9} {score.Messages,8}  {score.IntentAccuracy,6:P1}  {score.EntryAccuracy,6:P1}"
                + $"  {score.EscalationRate,18:P1}  {score.FalseEscalations,17}"
                + $"  {score.GroundedRate,8:P1}  {score.LanguageAccuracy,8:P1}"));
        }

        text.AppendLine(string.Create(CultureInfo.InvariantCulture,
            $"ungrounded answers: {Total.Ungrounded}; misses: {_misses.Count}"));
        _misses.ForEach(m => text.AppendLine("  " + m));
        return text.ToString();
    }
}
