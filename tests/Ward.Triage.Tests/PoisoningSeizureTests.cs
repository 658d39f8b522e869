namespace Ward.Triage.Tests;

/// <summary>
/// The poisoning and seizure kinds in English: the tester's phrases that used to come back
/// routine or clinical, overdoses that must always carry a kind, typing slips, and the hard
/// negatives of each context family.
/// </summary>
public sealed class PoisoningSeizureTests
{
    private static readonly TriageEngine Engine = new();

    [Theory]
    [InlineData("my toddler drank bleach")]
    [InlineData("my son swallowed a battery")]
    [InlineData("my baby swallowed a button battery")]
    [InlineData("my daughter ate rat poison")]
    [InlineData("I accidentally drank antifreeze")]
    [InlineData("my child swallowed some of my pills what do i do")]
    [InlineData("my kid ate some of grandma's pills")]
    [InlineData("Детето ми изпи белина")]
    [InlineData("Mi hijo se tragó pastillas")]
    [InlineData("my 2 year old swallowed two magnets")]
    [InlineData("my husband drank drain cleaner by mistake")]
    [InlineData("the kids got into the pesticide in the garage")]
    [InlineData("our carbon monoxide alarm is going off and we all feel dizzy")]
    public void Decide_TesterPoisoningInUs_IsPoisoningWith911(string text)
    {
        var decision = Engine.Decide(text, PatientRegion.US);

        Assert.Equal(TriageCategory.Emergency, decision.Category);
        Assert.Contains(EmergencyKind.Poisoning, decision.Kinds);
        Assert.Equal(["911"], decision.Numbers);
    }

    [Theory]
    [InlineData("my wife is having a seizure")]
    [InlineData("he is convulsing")]
    [InlineData("my son is having a fit and wont stop shaking")]
    [InlineData("my daughter had a febrile convulsion just now")]
    [InlineData("his epileptic fit won't stop, it has been 6 minutes")]
    [InlineData("my baby is fitting")]
    public void Decide_TesterSeizureInUs_IsSeizureWith911(string text)
    {
        var decision = Engine.Decide(text, PatientRegion.US);

        Assert.Equal(TriageCategory.Emergency, decision.Category);
        Assert.Contains(EmergencyKind.Seizure, decision.Kinds);
        Assert.Equal(["911"], decision.Numbers);
    }

    [Theory]
    [InlineData("my son is having a siezure", EmergencyKind.Seizure)]
    [InlineData("she is having a seizrue", EmergencyKind.Seizure)]
    [InlineData("he is convulsnig", EmergencyKind.Seizure)]
    [InlineData("my kid swalowed a magnet", EmergencyKind.Poisoning)]
    [InlineData("my toddler swallowd a battery", EmergencyKind.Poisoning)]
    public void Decide_TypingSlip_StillFindsKind(string text, EmergencyKind kind)
    {
        var decision = Engine.Decide(text, PatientRegion.US);

        Assert.Equal(TriageCategory.Emergency, decision.Category);
        Assert.Contains(kind, decision.Kinds);
    }

    [Theory]
    [InlineData("I took an overdose")]
    [InlineData("swallowed all my pills to end it")]
    [InlineData("my brother took an overdose")]
    [InlineData("how many pills would it take to never wake up")]
    public void Decide_IntentionalOverdose_IsSelfHarmWithCrisisLine(string text)
    {
        var decision = Engine.Decide(text, PatientRegion.US);

        Assert.Equal(TriageCategory.Emergency, decision.Category);
        Assert.Contains(EmergencyKind.SuicideSelfHarm, decision.Kinds);
        Assert.Equal(["911", "988"], decision.Numbers);
    }

    [Fact]
    public void Decide_DrankPoisonWantingToDie_IsSelfHarmOnly()
    {
        var decision = Engine.Decide(
            "my brother drank rat poison and says he wants to die", PatientRegion.US);

        Assert.Equal([EmergencyKind.SuicideSelfHarm], decision.Kinds);
        Assert.Equal(["911", "988"], decision.Numbers);
        Assert.DoesNotContain(decision.Evidence, e => e.Kind == EmergencyKind.Poisoning);
    }

    [Theory]
    [InlineData("I think I overdosed on my insulin")]
    [InlineData("I accidentally took the whole bottle of my blood pressure pills")]
    [InlineData("I accidentally took an overdose of my insulin")]
    [InlineData("creo que tuve una sobredosis de insulina")]
    public void Decide_OverdoseWithoutIntent_IsPoisoningNeverWithoutKind(string text)
    {
        var decision = Engine.Decide(text, PatientRegion.US);

        Assert.Equal(TriageCategory.Emergency, decision.Category);
        Assert.Equal([EmergencyKind.Poisoning], decision.Kinds);
        Assert.Equal(["911"], decision.Numbers);
    }

    [Theory]
    [InlineData("my toddler drank bleach", PatientRegion.US, true)]
    [InlineData("my toddler drank bleach", PatientRegion.EU, false)]
    [InlineData("my toddler drank bleach", PatientRegion.Unknown, false)]
    public void Emergency_PoisoningReply_PoisonControlOnlyInUs(
        string text, PatientRegion region, bool poisonLine)
    {
        var decision = Engine.Decide(text, region);

        var reply = SafetyReplies.Emergency(decision, "en");

        Assert.Equal(poisonLine, reply.Contains("1-800-222-1222", StringComparison.Ordinal));
        Assert.StartsWith(
            region == PatientRegion.EU ? "Call 112" : "Call 911", reply, StringComparison.Ordinal);
        Assert.Contains("vomit", reply, StringComparison.Ordinal);
        Assert.Equal(region == PatientRegion.Unknown, decision.AskLocation);
    }

    [Fact]
    public void Emergency_SeizureReplyInEurope_Names112AndSideSteps()
    {
        var decision = Engine.Decide("my wife is having a seizure", PatientRegion.EU);

        var reply = SafetyReplies.Emergency(decision, "en");

        Assert.StartsWith("Call 112 now.", reply, StringComparison.Ordinal);
        Assert.Contains("on their side", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("911", reply, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("my son did not swallow the battery, it was on the floor")]
    [InlineData("no seizures since the medication change")]
    [InlineData("I had a seizure as a child, can I get a driving form?")]
    [InlineData("my brother had a seizure last year")]
    [InlineData("my dad had a seizure in 2019, does he need a new referral?")]
    [InlineData("my son drank bleach years ago and was fine, need his records")]
    [InlineData("she had febrile convulsions years ago")]
    [InlineData("is bleach safe to clean with?")]
    [InlineData("what are the side effects of ibuprofen")]
    [InlineData("how many pills should I take")]
    [InlineData("what should I do if someone has a seizure")]
    [InlineData("what are the signs of carbon monoxide poisoning")]
    [InlineData("this homework is poison")]
    [InlineData("I nearly had a fit laughing")]
    [InlineData("the boss will have a fit")]
    [InlineData("my son is having a fit about bedtime")]
    [InlineData("my back is seizing up after the gym")]
    [InlineData("I think I have food poisoning from the chicken")]
    [InlineData("can I get a refill of my seizure medication")]
    [InlineData("I took my pills this morning, when is my appointment?")]
    [InlineData("I ate a pile of pancakes and drank some milk")]
    [InlineData("I took the battery out of the smoke detector")]
    [InlineData("I ate lunch and my phone battery died")]
    [InlineData("we were at the store buying batteries")]
    [InlineData("I drank coffee before the cleaner came")]
    [InlineData("Vale, gracias. Mi hijo toma pastillas para la tos")]
    public void Decide_HardNegative_IsNotEmergency(string text)
    {
        var decision = Engine.Decide(text, PatientRegion.US);

        Assert.NotEqual(TriageCategory.Emergency, decision.Category);
        Assert.Empty(decision.Numbers);
    }

    [Theory]
    [InlineData("how many pills should I take")]
    [InlineData("what are the side effects of ibuprofen")]
    [InlineData("I think I have food poisoning from the chicken")]
    public void Decide_DoseOrSymptomQuestion_IsClinical(string text)
    {
        var decision = Engine.Decide(text, PatientRegion.US);

        Assert.Equal(TriageCategory.Clinical, decision.Category);
    }

    [Fact]
    public void Decide_SwallowedBattery_EvidencePointsAtWords()
    {
        const string text = "my baby swallowed a button battery";

        var decision = Engine.Decide(text, PatientRegion.US);

        var shown = decision.Evidence.Where(e => e.Kind == EmergencyKind.Poisoning)
            .Select(e => text.Substring(e.Start, e.Length)).ToList();
        Assert.Contains("swallowed", shown);
        Assert.Contains(shown, s => s.Contains("battery", StringComparison.Ordinal));
    }
}
