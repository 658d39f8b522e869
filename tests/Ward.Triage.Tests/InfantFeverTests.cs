namespace Ward.Triage.Tests;

public sealed class InfantFeverTests
{
    private static readonly TriageEngine Engine = new();

    [Theory]
    [InlineData("my 6 wk old has a fever")]
    [InlineData("my 6wk old is burning up")]
    [InlineData("2-month-old, fever since lunch")]
    [InlineData("our 3 week old has a temp of 38.1")]
    [InlineData("my two week old has a fever")]
    [InlineData("baby is 4 days old and 100.5 on the thermometer")]
    [InlineData("mi bebé de 2 meses tiene fiebre")]
    [InlineData("recién nacido con fiebre")]
    [InlineData("новородено с температура 38.4")]
    [InlineData("бебето е на 2 мес. и има 38.2")]
    [InlineData("bebeto e na 5 sedmici i ima temperatura")]
    public void Decide_InfantUnderThreeMonthsWithFever_IsEmergency(string text)
    {
        var decision = Engine.Decide(text, PatientRegion.US);

        Assert.Equal([EmergencyKind.InfantFever], decision.Kinds);
    }

    [Theory]
    [InlineData("my 3 month old has a fever of 38.5, can I give tylenol?")]
    [InlineData("my 6 week old has a stuffy nose, no fever, temp 37.1")]
    [InlineData("my son has had a fever for 2 weeks")]
    [InlineData("I'm 9 weeks pregnant and have a fever")]
    [InlineData("my son had a fever a week ago, he is 3 now")]
    [InlineData("бебето е на 11 месеца и има 38.1")]
    [InlineData("бебето е на 3 мес. и има 38.2")]
    public void Decide_NotInfantFever_IsNotEmergency(string text)
    {
        var decision = Engine.Decide(text, PatientRegion.US);

        Assert.DoesNotContain(EmergencyKind.InfantFever, decision.Kinds);
    }
}
