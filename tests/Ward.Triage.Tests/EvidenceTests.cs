namespace Ward.Triage.Tests;

public sealed class EvidenceTests
{
    private static readonly TriageEngine Engine = new();

    [Theory]
    [InlineData("cut my leg on glass, the blood is a lot and wont stop", "a lot")]
    [InlineData("cut my leg, bleeding a lot", "a lot")]
    [InlineData("my nose is bleeding heavily", "heavily")]
    [InlineData("stung by a bee, lips swelling up", "bee")]
    [InlineData("ate peanuts and my face is swollen", "peanuts")]
    [InlineData("worst stomach pain, really bad", "worst")]
    [InlineData("suddenly her arm went weak and she can't talk", "suddenly")]
    public void Decide_Modifier_IsNotEvidenceAlone(string text, string modifier)
    {
        var decision = Engine.Decide(text, PatientRegion.US);

        Assert.Equal(TriageCategory.Emergency, decision.Category);
        Assert.NotEmpty(decision.Evidence);
        Assert.DoesNotContain(
            decision.Evidence, e => text.Substring(e.Start, e.Length) == modifier);
    }

    [Fact]
    public void Decide_BeeStingWithSwelling_EvidenceIsTheSwelling()
    {
        var text = "stung by a bee, lips swelling up";

        var decision = Engine.Decide(text, PatientRegion.US);

        var span = Assert.Single(decision.Evidence);
        Assert.Equal(EmergencyKind.Anaphylaxis, span.Kind);
        Assert.Equal("lips swelling", text.Substring(span.Start, span.Length));
    }
}
