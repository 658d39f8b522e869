namespace Ward.Triage.Tests;

public sealed class SpanishTriageTests
{
    private static readonly TriageEngine Engine = new();

    [Theory]
    [InlineData("tengo un dolor de pecho muy fuerte que me baja al brazo", "chest_pain")]
    [InlineData("mi hijo no puede respirar y tiene los labios morados", "breathing")]
    [InlineData("me corte con un cuchillo y no para de sangrar", "bleeding")]
    [InlineData("ya no quiero vivir, tengo las pastillas listas", "suicide_self_harm")]
    [InlineData("mi bebé de 2 meses tiene fiebre de 38.4", "infant_fever")]
    [InlineData("mi recién nacido tiene calentura", "infant_fever")]
    [InlineData("a mi mamá se le cayó la cara de un lado y habla raro de repente", "stroke")]
    [InlineData("comí camarones y se me cierra la garganta", "anaphylaxis")]
    [InlineData("se cayó, se golpeó la cabeza y perdió el conocimiento", "head_injury")]
    [InlineData("tengo un dolor de estómago insoportable, no me puedo parar", "abdominal")]
    public void Decide_EmergencySpanish_ReturnsKind(string text, string wireName)
    {
        Assert.True(EmergencyKindNames.TryParse(wireName, out var kind));

        var decision = Engine.Decide(text, PatientRegion.EU);

        Assert.Equal(TriageCategory.Emergency, decision.Category);
        Assert.Contains(kind, decision.Kinds);
        Assert.Equal(["112"], decision.Numbers);
        Assert.Equal("es", decision.Language);
    }

    [Theory]
    [InlineData("ya no tengo dolor de pecho, ¿puedo volver a trabajar?")]
    [InlineData("¿cuáles son los síntomas de un infarto?")]
    [InlineData("me muero de ganas de conocer la nueva clínica")]
    [InlineData("mi hijo de 2 años tiene fiebre, ¿le puedo dar paracetamol?")]
    [InlineData("tuve un infarto en 2018, necesito una copia de mi expediente")]
    [InlineData("este formulario me está matando jaja")]
    [InlineData("no estoy sangrando, solo un rasguño pequeño")]
    public void Decide_HardNegativeSpanish_IsNotEmergency(string text)
    {
        var decision = Engine.Decide(text, PatientRegion.EU);

        Assert.NotEqual(TriageCategory.Emergency, decision.Category);
    }

    [Fact]
    public void Decide_SpanishTextInTexas_Uses911()
    {
        var decision = Engine.Decide("estoy en Texas y no puedo respirar", PatientRegion.EU);

        Assert.Equal(PatientRegion.US, decision.Region);
        Assert.Equal(["911"], decision.Numbers);
    }
}
