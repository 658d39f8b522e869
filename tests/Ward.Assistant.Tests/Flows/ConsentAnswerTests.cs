using Ward.Assistant.Flows;

namespace Ward.Assistant.Tests.Flows;

/// <summary>Only a plain yes or no counts as an answer to a consent question.</summary>
public sealed class ConsentAnswerTests
{
    [Theory]
    [InlineData("Yes", true)]
    [InlineData("sí", true)]
    [InlineData("да", true)]
    [InlineData("Ναι", true)]
    [InlineData("evet", true)]
    [InlineData("نعم", true)]
    [InlineData("yes please", true)]
    [InlineData("No", false)]
    [InlineData("не", false)]
    [InlineData("nein danke", false)]
    [InlineData("Όχι", false)]
    public void Read_PlainAnswer_Choice(string text, bool expected)
    {
        var answer = ConsentAnswer.Read(text);

        Assert.Equal(expected, answer);
    }

    [Theory]
    [InlineData("yes I have a question about my bill")]
    [InlineData("ok")]
    [InlineData("yes no")]
    [InlineData("")]
    [InlineData("👍")]
    public void Read_NotAPlainAnswer_Null(string text)
    {
        var answer = ConsentAnswer.Read(text);

        Assert.Null(answer);
    }
}
