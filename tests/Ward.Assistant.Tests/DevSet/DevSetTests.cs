using Ward.Assistant.Evaluation;
using Ward.Assistant.Tests.Support;
using Ward.Triage;
using Xunit.Abstractions;

namespace Ward.Assistant.Tests.DevSet;

/// <summary>
/// The "done when" targets on the labelled development set: clinical questions
/// escalated 100 %, routine intents right at least 90 %, no ungrounded fact, language right at
/// least 95 % on messages of five words or more; at least 300 messages in at least 10 languages.
/// </summary>
public sealed class DevSetTests(ITestOutputHelper output)
{
    private static readonly Lazy<AssistantEvaluation> Evaluated = new(Evaluate);

    [Fact]
    public void DevSet_Size_AtLeast300MessagesIn10Languages()
    {
        var labels = Labels();

        var languages = labels.Select(l => l.Language).Distinct().Count();

        Assert.True(labels.Count >= 300, $"{labels.Count} messages");
        Assert.True(languages >= 10, $"{languages} languages");
    }

    [Fact]
    public void DevSet_ClinicalQuestions_AllEscalated()
    {
        var evaluation = Evaluated.Value;

        output.WriteLine(evaluation.Report());

        Assert.Equal(evaluation.Total.Clinical, evaluation.Total.Escalated);
    }

    [Fact]
    public void DevSet_RoutineIntents_AtLeast90PercentRight()
    {
        var total = Evaluated.Value.Total;

        Assert.True(total.IntentAccuracy >= 0.90, $"intent accuracy {total.IntentAccuracy:P1}");
    }

    [Fact]
    public void DevSet_Answers_NoUngroundedFact()
    {
        var total = Evaluated.Value.Total;

        Assert.Equal(0, total.Ungrounded);
    }

    [Fact]
    public void DevSet_LongMessages_LanguageAtLeast95PercentRight()
    {
        var total = Evaluated.Value.Total;

        Assert.True(total.LanguageAccuracy >= 0.95, $"language {total.LanguageAccuracy:P1}");
    }

    internal static List<LabelledQuestion> Labels() =>
    [
        .. File.ReadLines(Path.Combine(AppContext.BaseDirectory, "DevSet", "assistant-dev.jsonl"))
            .Where(l => l.Length > 0).Select(AssistantEvaluation.Parse),
    ];

    private static AssistantEvaluation Evaluate()
    {
        var evaluation = new AssistantEvaluation(DemoKnowledge.Base);
        foreach (var label in Labels())
        {
            var request = Requests.For(label.Text, label.Thread);
            if (request.Triage.Category == TriageCategory.Emergency)
            {
                throw new InvalidOperationException(label.Id + " is an emergency for the triage.");
            }

            evaluation.Add(label, DemoKnowledge.Engine.Decide(request));
        }

        return evaluation;
    }
}
