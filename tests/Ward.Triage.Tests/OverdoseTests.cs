namespace Ward.Triage.Tests;

public sealed class OverdoseTests
{
    private static readonly TriageEngine Engine = new();

    [Theory]
    [InlineData("i took 40 of my sleeping pills", PatientRegion.US)]
    [InlineData("I took all my pills", PatientRegion.US)]
    [InlineData("I swallowed a whole bottle of tylenol", PatientRegion.US)]
    [InlineData("just took the entire bottle of my xanax", PatientRegion.US)]
    [InlineData("me tomé 30 pastillas para dormir", PatientRegion.US)]
    [InlineData("tomé todas las pastillas de mi mamá", PatientRegion.US)]
    [InlineData("изпих цялата кутия хапчета", PatientRegion.EU)]
    [InlineData("изпих 20 таблетки приспивателни", PatientRegion.EU)]
    public void Decide_PillsWithQuantity_IsSuicideSelfHarm(string text, PatientRegion region)
    {
        var decision = Engine.Decide(text, region);

        Assert.Equal(TriageCategory.Emergency, decision.Category);
        Assert.Contains(EmergencyKind.SuicideSelfHarm, decision.Kinds);
    }

    [Theory]
    [InlineData("I think I overdosed on my insulin")]
    [InlineData("I accidentally took the whole bottle of my blood pressure pills")]
    [InlineData("by mistake I took 12 of my heart pills instead of one")]
    [InlineData("tomé todas las pastillas por error")]
    [InlineData("creo que tuve una sobredosis de insulina")]
    public void Decide_OverdoseWithoutIntent_IsEmergencyWithoutCrisisLine(string text)
    {
        var decision = Engine.Decide(text, PatientRegion.US);

        Assert.Equal(TriageCategory.Emergency, decision.Category);
        Assert.DoesNotContain(EmergencyKind.SuicideSelfHarm, decision.Kinds);
        Assert.Equal(["911"], decision.Numbers);
    }

    [Fact]
    public void Decide_BulgarianOverdoseByMistake_IsEmergencyWithoutSuicideKind()
    {
        var decision = Engine.Decide("изпих цялата кутия хапчета по погрешка", PatientRegion.EU);

        Assert.Equal(TriageCategory.Emergency, decision.Category);
        Assert.DoesNotContain(EmergencyKind.SuicideSelfHarm, decision.Kinds);
        Assert.Equal(["112"], decision.Numbers);
    }

    [Theory]
    [InlineData("I accidentally took a double dose of my blood pressure pills")]
    [InlineData("I took 2 tylenol for my headache, can I take more tonight?")]
    [InlineData("took 20 mg tablets of lisinopril this morning, is that ok?")]
    [InlineData("I took my pills this morning, when is my appointment?")]
    [InlineData("изпих 2 хапчета за главоболие, може ли още едно?")]
    [InlineData("me tomé 2 pastillas de ibuprofeno, ¿puedo tomar otra?")]
    public void Decide_OrdinaryDose_IsNotEmergency(string text)
    {
        var decision = Engine.Decide(text, PatientRegion.US);

        Assert.NotEqual(TriageCategory.Emergency, decision.Category);
        Assert.Empty(decision.Numbers);
    }
}
