namespace Ward.Triage.Tests;

public sealed class EnglishTriageTests
{
    private static readonly TriageEngine Engine = new();

    [Theory]
    [InlineData("my chest hurts so bad and it goes into my left arm", "chest_pain")]
    [InlineData("cheeest paaain helppp", "chest_pain")]
    [InlineData("feels like an elephant sitting on my chest", "chest_pain")]
    [InlineData("it feels like an elephant is standing on my chest", "chest_pain")]
    [InlineData("my husband cant breathe properly and his lips look blue", "breathing")]
    [InlineData("cut my hand on glass, it wont stop bleeding, towel is soaked", "bleeding")]
    [InlineData("i dont want to be here anymore", "suicide_self_harm")]
    [InlineData("honestly dont want to be alive", "suicide_self_harm")]
    [InlineData("kms", "suicide_self_harm")]
    [InlineData("i have the pills ready tonight", "suicide_self_harm")]
    [InlineData("my 6 wk old has a fever of 38.3", "infant_fever")]
    [InlineData("our 3 week old feels really hot, thermometer says 100.8", "infant_fever")]
    [InlineData("2-month-old with a fever since this morning", "infant_fever")]
    [InlineData("my mom's face is drooping on one side and her speech is slurred", "stroke")]
    [InlineData("my throat is closing up after the shrimp", "anaphylaxis")]
    [InlineData("had to use my son's epipen, his tongue is swelling", "anaphylaxis")]
    [InlineData("fell off the ladder, hit his head, was unconscious for a bit", "head_injury")]
    [InlineData("worst stomach pain of my life, cant stand up", "abdominal")]
    [InlineData("my dad is unconscious on the kitchen floor", "breathing")]
    [InlineData("she fell down the stairs and was knocked out", "head_injury")]
    [InlineData("I've never had chest pain like this before", "chest_pain")]
    [InlineData("history of heart disease and now crushing chest pain", "chest_pain")]
    [InlineData("how do I stop the bleeding, it's everywhere and won't stop", "bleeding")]
    [InlineData("my chest is killing me", "chest_pain")]
    [InlineData("lowkey thinking about ending things tonight", "suicide_self_harm")]
    [InlineData("she's cutting herself again", "suicide_self_harm")]
    public void Decide_EmergencyEnglish_ReturnsKind(string text, string wireName)
    {
        Assert.True(EmergencyKindNames.TryParse(wireName, out var kind));

        var decision = Engine.Decide(text, PatientRegion.US);

        Assert.Equal(TriageCategory.Emergency, decision.Category);
        Assert.Contains(kind, decision.Kinds);
        Assert.Equal("en", decision.Language);
    }

    [Theory]
    [InlineData("no chest pain anymore, just tired. can I go back to the gym?")]
    [InlineData("I'm not bleeding, the stitches look fine, when do they come out?")]
    [InlineData("had a heart attack in 2019, need my cardiology records sent over")]
    [InlineData("what are the signs of a stroke?")]
    [InlineData("small cut on my finger, stopped bleeding, do I need a tetanus shot?")]
    [InlineData("this insurance form is killing me lol")]
    [InlineData("I'm dying to see the new clinic!")]
    [InlineData("my 4 year old has a fever of 38.5, can I give tylenol?")]
    [InlineData("my 6 month old has a fever of 38.2, is that normal?")]
    [InlineData("fever for 2 weeks now, should I come in?")]
    [InlineData("my back is killing me, can I take ibuprofen?")]
    [InlineData("what should I do if someone is choking?")]
    [InlineData("no trouble breathing, just a runny nose")]
    [InlineData("my husband had a stroke in 2020, can we get a parking permit form?")]
    [InlineData("cut my finger while cooking, bled a bit, now fine")]
    [InlineData("I'm not suicidal, just stressed about work")]
    [InlineData("my 10 week old got her shots today, temp is 37.5, is that ok?")]
    public void Decide_HardNegativeEnglish_IsNotEmergency(string text)
    {
        var decision = Engine.Decide(text, PatientRegion.US);

        Assert.NotEqual(TriageCategory.Emergency, decision.Category);
        Assert.Empty(decision.Numbers);
        Assert.Empty(decision.Kinds);
    }

    [Theory]
    [InlineData("can I book an appointment for next Tuesday?", TriageCategory.Routine)]
    [InlineData("what are your opening hours on saturday", TriageCategory.Routine)]
    [InlineData("is there parking near the office?", TriageCategory.Routine)]
    [InlineData("I have a rash on my arm, should I be worried?", TriageCategory.Clinical)]
    [InlineData("what dose of ibuprofen is ok with my pills?", TriageCategory.Clinical)]
    public void Decide_NonEmergencyEnglish_ReturnsCategory(string text, TriageCategory expected)
    {
        var decision = Engine.Decide(text, PatientRegion.US);

        Assert.Equal(expected, decision.Category);
    }

    [Fact]
    public void Decide_EmergencyBuriedInBooking_IsEmergency()
    {
        var text = "Hi! Can I move my checkup to Friday? Also my dad is slurring his words "
            + "since lunch and his face looks uneven. Thanks, and is parking free?";

        var decision = Engine.Decide(text, PatientRegion.US);

        Assert.Equal(TriageCategory.Emergency, decision.Category);
        Assert.Contains(EmergencyKind.Stroke, decision.Kinds);
    }

    [Fact]
    public void Decide_Evidence_PointsIntoOriginalText()
    {
        var text = "Hello doctor, CHEST PAIN since 20 min";

        var decision = Engine.Decide(text, PatientRegion.US);

        var span = Assert.Single(decision.Evidence);
        Assert.Equal(EmergencyKind.ChestPain, span.Kind);
        Assert.Equal("CHEST PAIN", text.Substring(span.Start, span.Length));
    }
}
