using Ward.Compliance.Consent;

namespace Ward.Compliance.Tests.Consent;

public sealed class OptOutKeywordsTests
{
    [Theory]
    [InlineData("STOP")]
    [InlineData("STOPALL")]
    [InlineData("UNSUBSCRIBE")]
    [InlineData("CANCEL")]
    [InlineData("END")]
    [InlineData("QUIT")]
    [InlineData("REVOKE")]
    [InlineData("OPTOUT")]
    [InlineData("STOP ALL")]
    [InlineData("BAJA")]
    [InlineData("ALTO")]
    [InlineData("PARAR")]
    [InlineData("СТОП")]
    public void Classify_OptOutWord_OptOut(string text)
    {
        var signal = OptOutKeywords.Classify(text);

        Assert.Equal(OptOutSignal.OptOut, signal);
    }

    [Theory]
    [InlineData("Stop.")]
    [InlineData("stop")]
    [InlineData("  STOP  ")]
    [InlineData("stop!!")]
    [InlineData("Stop all")]
    [InlineData("stop   all")]
    [InlineData("Unsubscribe.")]
    [InlineData("стоп")]
    [InlineData("Baja!")]
    public void Classify_CaseSpacesOrTrailingPunctuation_OptOut(string text)
    {
        var signal = OptOutKeywords.Classify(text);

        Assert.Equal(OptOutSignal.OptOut, signal);
    }

    [Theory]
    [InlineData("START")]
    [InlineData("start")]
    [InlineData("Unstop.")]
    public void Classify_OptInWord_OptIn(string text)
    {
        var signal = OptOutKeywords.Classify(text);

        Assert.Equal(OptOutSignal.OptIn, signal);
    }

    [Theory]
    [InlineData("stop sending me ads please")]
    [InlineData("I can't stop bleeding")]
    [InlineData("YES")]
    [InlineData("please cancel my appointment")]
    [InlineData("")]
    [InlineData("STOPP")]
    public void Classify_NotWholeKeyword_None(string text)
    {
        var signal = OptOutKeywords.Classify(text);

        Assert.Equal(OptOutSignal.None, signal);
    }
}
