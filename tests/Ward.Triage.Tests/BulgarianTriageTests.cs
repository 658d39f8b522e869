namespace Ward.Triage.Tests;

public sealed class BulgarianTriageTests
{
    private static readonly TriageEngine Engine = new();

    [Theory]
    [InlineData("имам силна болка в гърдите от половин час", "chest_pain")]
    [InlineData("imam bolka v gardite i se potq", "chest_pain")]
    [InlineData("детето не може да диша, посинява", "breathing")]
    [InlineData("ne moga da disham", "breathing")]
    [InlineData("порязах се с нож и кърви много, не спира", "bleeding")]
    [InlineData("не искам да живея повече", "suicide_self_harm")]
    [InlineData("ne iskam da jiveq poveche", "suicide_self_harm")]
    [InlineData("бебето е на 5 седмици и има температура 38.2", "infant_fever")]
    [InlineData("новороденото има температура", "infant_fever")]
    [InlineData("bebeto e na 3 sedmici i ima temperatura", "infant_fever")]
    [InlineData("мама изведнъж не може да говори и ръката ѝ е изтръпнала", "stroke")]
    [InlineData("след фъстъците гърлото му се подува", "anaphylaxis")]
    [InlineData("падна, удари си главата и загуби съзнание", "head_injury")]
    [InlineData("padna, udari si glavata i beshe v bezsaznanie", "head_injury")]
    [InlineData("имам ужасна болка в корема, не мога да се изправя", "abdominal")]
    public void Decide_EmergencyBulgarian_ReturnsKind(string text, string wireName)
    {
        Assert.True(EmergencyKindNames.TryParse(wireName, out var kind));

        var decision = Engine.Decide(text, PatientRegion.EU);

        Assert.Equal(TriageCategory.Emergency, decision.Category);
        Assert.Contains(kind, decision.Kinds);
        Assert.Equal(["112"], decision.Numbers);
        Assert.Equal("bg", decision.Language);
    }

    [Theory]
    [InlineData("вече нямам болка в гърдите, мога ли да спортувам?")]
    [InlineData("какви са симптомите на инсулт?")]
    [InlineData("бебето е на 5 месеца и има температура 38.3, какво да му дам?")]
    [InlineData("умирам от смях с тази бланка")]
    [InlineData("имах инфаркт през 2019, трябва ми епикриза")]
    [InlineData("не кърви вече, малка драскотина е")]
    [InlineData("nqmam bolka v gardite veche, moga li da treniram?")]
    public void Decide_HardNegativeBulgarian_IsNotEmergency(string text)
    {
        var decision = Engine.Decide(text, PatientRegion.EU);

        Assert.NotEqual(TriageCategory.Emergency, decision.Category);
    }

    [Fact]
    public void Decide_BulgarianInMiami_Uses911()
    {
        var decision = Engine.Decide(
            "в момента сме в Маями, баща ми не може да диша", PatientRegion.EU);

        Assert.Equal(["911"], decision.Numbers);
        Assert.Equal(PatientRegion.US, decision.Region);
    }
}
