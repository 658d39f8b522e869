namespace Ward.Triage.Tests;

public sealed class LanguageDetectionTests
{
    private static readonly TriageEngine Engine = new();

    [Theory]
    [InlineData("can I book an appointment for my son?", "en")]
    [InlineData("¿puedo cambiar mi cita para el viernes?", "es")]
    [InlineData("искам да запиша час за преглед", "bg")]
    [InlineData("iskam da zapisha chas za pregled", "bg")]
    [InlineData("Можно ли записаться на приём завтра?", "ru")]
    [InlineData("Чи можна записатися на прийом?", "uk")]
    [InlineData("θέλω να κλείσω ραντεβού", "el")]
    [InlineData("我想预约下周的时间", "zh")]
    [InlineData("Kann ich einen Termin für morgen bekommen?", "de")]
    [InlineData("Je voudrais un rendez-vous pour ma fille", "fr")]
    public void Decide_Text_DetectsLanguage(string text, string code)
    {
        var decision = Engine.Decide(text, PatientRegion.EU);

        Assert.Equal(code, decision.Language);
    }

    [Fact]
    public void Decide_NoWords_IsUndetermined()
    {
        var decision = Engine.Decide("12345 !!!", PatientRegion.EU);

        Assert.Equal("und", decision.Language);
        Assert.Equal(TriageCategory.Routine, decision.Category);
    }

    [Fact]
    public void Languages_Engine_CoversRequiredLanguages()
    {
        Assert.Contains("en", Engine.Languages);
        Assert.Contains("es", Engine.Languages);
        Assert.Contains("bg", Engine.Languages);
        Assert.True(Engine.Languages.Count >= 30);
    }

    [Theory]
    [InlineData('a', 10_000)]
    [InlineData('z', 10_000)]
    [InlineData('e', 500)]
    public void Decide_LongRunOfOneLetter_IsUndetermined(char letter, int count)
    {
        var decision = Engine.Decide(new string(letter, count), PatientRegion.EU);

        Assert.Equal("und", decision.Language);
        Assert.NotEqual(TriageCategory.Emergency, decision.Category);
    }

    [Fact]
    public void Decide_WordSharedByManyLanguages_IsUndetermined()
    {
        var text = string.Concat(Enumerable.Repeat("a ", 2_000));

        var decision = Engine.Decide(text, PatientRegion.EU);

        Assert.Equal("und", decision.Language);
    }

    [Fact]
    public void Decide_StretchedWordsInSentence_KeepsLanguage()
    {
        var decision = Engine.Decide("heeeelp my chest paaaain", PatientRegion.US);

        Assert.Equal("en", decision.Language);
    }
}
