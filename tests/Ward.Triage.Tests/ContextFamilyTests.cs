namespace Ward.Triage.Tests;

public sealed class ContextFamilyTests
{
    private static readonly TriageEngine Engine = new();

    [Theory]
    [InlineData("my grandmother died of a heart attack, should I get screened?")]
    [InlineData("my grandfather passed away from a stroke, is it genetic?")]
    [InlineData("heart attacks run in my family, can I get a cholesterol test?")]
    [InlineData("my dad had a heart attack last year, does he need a flu shot?")]
    [InlineData("my mother had a stroke 6 years ago and wants a checkup")]
    [InlineData("mi abuela tuvo un infarto hace 5 años")]
    [InlineData("mi abuela murió de un infarto, ¿debo hacerme pruebas?")]
    [InlineData("баба ми почина от инфаркт, трябва ли да се изследвам?")]
    [InlineData("дядо ми получи инсулт преди 3 години, искам час за преглед")]
    public void Decide_SomeoneElsesPastEvent_IsNotEmergency(string text)
    {
        var decision = Engine.Decide(text, PatientRegion.US);

        Assert.NotEqual(TriageCategory.Emergency, decision.Category);
        Assert.Empty(decision.Numbers);
    }

    [Theory]
    [InlineData("my dad is having a heart attack", PatientRegion.US)]
    [InlineData("my grandmother died of cancer and now my dad is having a heart attack",
        PatientRegion.US)]
    [InlineData("mi papá tiene dolor de pecho ahora", PatientRegion.US)]
    [InlineData("баща ми има силна болка в гърдите сега", PatientRegion.EU)]
    [InlineData("he had a heart attack years ago and now he's having chest pain again",
        PatientRegion.US)]
    [InlineData("tuvo un infarto hace años y ahora tiene dolor de pecho", PatientRegion.US)]
    public void Decide_SomeoneElsesPresentEvent_IsChestPain(string text, PatientRegion region)
    {
        var decision = Engine.Decide(text, region);

        Assert.Equal(TriageCategory.Emergency, decision.Category);
        Assert.Contains(EmergencyKind.ChestPain, decision.Kinds);
    }

    [Theory]
    [InlineData("Не мога да дишам от смях, хаха")]
    [InlineData("I can't breathe I'm laughing so hard")]
    [InlineData("lol i cant breathe 😂")]
    [InlineData("this meme 🤣🤣 i literally cant breathe")]
    [InlineData("no puedo respirar de la risa jajaja")]
    public void Decide_CantBreatheFromLaughing_IsNotEmergency(string text)
    {
        var decision = Engine.Decide(text, PatientRegion.US);

        Assert.NotEqual(TriageCategory.Emergency, decision.Category);
        Assert.Empty(decision.Kinds);
    }

    [Theory]
    [InlineData("can't breathe, lips blue")]
    [InlineData("we were laughing at dinner. now he can't breathe and his lips are blue")]
    [InlineData("не може да диша, устните му са сини")]
    [InlineData("no puede respirar y tiene los labios morados")]
    public void Decide_CantBreatheWithoutLaughter_IsBreathing(string text)
    {
        var decision = Engine.Decide(text, PatientRegion.US);

        Assert.Equal(TriageCategory.Emergency, decision.Category);
        Assert.Contains(EmergencyKind.Breathing, decision.Kinds);
    }

    [Theory]
    [InlineData("أعاني من ألم شديد في الصدر", "chest_pain")]
    [InlineData("我胸口很痛，喘不过气", "chest_pain")]
    [InlineData("我胸口很痛，喘不过气", "breathing")]
    public void Decide_ArabicAndChinese_ReturnsKind(string text, string wireName)
    {
        Assert.True(EmergencyKindNames.TryParse(wireName, out var kind));

        var decision = Engine.Decide(text, PatientRegion.US);

        Assert.Equal(TriageCategory.Emergency, decision.Category);
        Assert.Contains(kind, decision.Kinds);
    }

    [Theory]
    [InlineData("my mom accidentally cut herself while cooking, does she need stitches?")]
    [InlineData("I accidentally cut myself shaving, how do I stop it?")]
    [InlineData("me corté sin querer con un cuchillo, ¿necesito puntos?")]
    public void Decide_AccidentalCut_IsNotSelfHarm(string text)
    {
        var decision = Engine.Decide(text, PatientRegion.US);

        Assert.DoesNotContain(EmergencyKind.SuicideSelfHarm, decision.Kinds);
        Assert.DoesNotContain("988", decision.Numbers);
    }
}
