using Ward.Assistant.Flows;
using Ward.Assistant.Tests.Support;
using Ward.Assistant.Understanding;

namespace Ward.Assistant.Tests.Understanding;

/// <summary>A question asking for medical judgement always goes to the clinician queue with
/// the holding reply; an administrative request that mentions a medicine does not.</summary>
public sealed class ClinicalQuestionTests
{
    [Theory]
    [InlineData("is it normal to have a headache after the flu shot")]
    [InlineData("Should I still take my metformin if I skipped breakfast")]
    [InlineData("what dose of ibuprofen is ok for a 10 year old")]
    [InlineData("¿Es normal sangrar un poco después de la extracción?")]
    [InlineData("Нормално ли е да ме боли след ваксината?")]
    [InlineData("Soll ich die Tabletten weiter nehmen?")]
    [InlineData("Est-ce normal d'avoir de la fièvre après le vaccin ?")]
    [InlineData("Czy to normalne, że mam wysypkę po antybiotyku?")]
    [InlineData("Είναι φυσιολογικό να πονάει το χέρι μετά το εμβόλιο;")]
    [InlineData("هل هذا طبيعي بعد اللقاح؟")]
    public void Decide_JudgementQuestion_ClinicianQueueAndHoldingReply(string text)
    {
        var reply = DemoKnowledge.Engine.Decide(Requests.For(text));

        Assert.Equal(AssistantRoute.Clinician, reply.Route);
        Assert.Equal(ActionKind.ClinicianQueue, reply.Action);
        Assert.Empty(reply.Citations);
        Assert.Equal(Ward.Triage.SafetyReplies.ClinicalHolding(reply.Language.Code,
            Ward.Triage.PatientRegion.US), reply.Text);
    }

    [Theory]
    [InlineData("I need a refill of my blood pressure medication please", Intent.RefillRequest)]
    [InlineData("Necesito una receta nueva de mi metformina", Intent.RefillRequest)]
    [InlineData("I have a sore throat, can I book an appointment for tomorrow", Intent.Booking)]
    public void Decide_AdministrativeRequestNamingMedicine_NotClinical(string text, Intent intent)
    {
        var reply = DemoKnowledge.Engine.Decide(Requests.For(text));

        Assert.Equal(intent, reply.Intent);
        Assert.Equal(AssistantRoute.Staff, reply.Route);
    }

    [Fact]
    public void Decide_Emergency_Refused()
    {
        var request = Requests.For("my chest hurts and my left arm is numb");

        Assert.Throws<ArgumentException>(() => DemoKnowledge.Engine.Decide(request));
    }
}
