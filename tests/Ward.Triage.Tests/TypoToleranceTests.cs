using Ward.Triage.Text;

namespace Ward.Triage.Tests;

public sealed class TypoToleranceTests
{
    private static readonly TriageEngine Engine = new();

    [Theory]
    [InlineData("chset pian and sweting", "chest_pain")]
    [InlineData("my chset hurts so much", "chest_pain")]
    [InlineData("having a heart atack right now", "chest_pain")]
    [InlineData("my son cant breahte", "breathing")]
    [InlineData("cut my arm, its bleeidng heavily", "bleeding")]
    [InlineData("i want to kill mysefl", "suicide_self_harm")]
    [InlineData("i think my mom is having a strkoe", "stroke")]
    public void Decide_OneSlipInKeyWord_IsEmergency(string text, string wireName)
    {
        Assert.True(EmergencyKindNames.TryParse(wireName, out var kind));

        var decision = Engine.Decide(text, PatientRegion.US);

        Assert.Equal(TriageCategory.Emergency, decision.Category);
        Assert.Contains(kind, decision.Kinds);
    }

    [Theory]
    [InlineData("chess club tonight, can I get a note for school?")]
    [InlineData("I was cooking dinner and got a small burn, what cream helps?")]
    [InlineData("the strike closed the pharmacy, can you send my prescription elsewhere?")]
    [InlineData("the waiting room seating is uncomfortable")]
    [InlineData("we were blending smoothies with the kids, is kale ok for a 2 year old?")]
    [InlineData("I need new bedding for my hospital bed at home, is it covered?")]
    [InlineData("is it a cheat day if I eat cake on my diet?")]
    [InlineData("can you paint the waiting room a brighter color?")]
    [InlineData("she's been swearing a lot since the new medication, is that normal?")]
    [InlineData("the selling price of the glucose meter is too high")]
    public void Decide_OrdinaryWordsNearKeyWords_IsNotEmergency(string text)
    {
        var decision = Engine.Decide(text, PatientRegion.US);

        Assert.NotEqual(TriageCategory.Emergency, decision.Category);
    }

    [Theory]
    [InlineData("chset", "chest")]
    [InlineData("pian", "pain")]
    [InlineData("sweting", "sweating")]
    [InlineData("brethe", "breathe")]
    [InlineData("chelt", null)]
    [InlineData("pani", null)]
    [InlineData("apin", null)]
    [InlineData("paint", null)]
    [InlineData("chests", null)]
    [InlineData("stroked", null)]
    [InlineData("hearty", null)]
    [InlineData("chest", null)]
    [InlineData("breath", null)]
    [InlineData("xhest", null)]
    public void HeadFor_Token_ReturnsHeadWordOrNull(string token, string? expected)
    {
        Assert.Equal(expected, TypoCorrector.HeadFor(token));
    }

    [Fact]
    public void Decide_CorrectedWord_EvidencePointsAtOriginalSpelling()
    {
        var text = "help, chset pian";

        var decision = Engine.Decide(text, PatientRegion.US);

        var span = Assert.Single(decision.Evidence);
        Assert.Equal("chset pian", text.Substring(span.Start, span.Length));
    }
}
