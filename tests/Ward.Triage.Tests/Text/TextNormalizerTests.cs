using Ward.Triage.Text;

namespace Ward.Triage.Tests.Text;

public sealed class TextNormalizerTests
{
    [Theory]
    [InlineData("CHEEEST   paaain!!!", "chest pain")]
    [InlineData("I can’t breathe", "i cant breathe")]
    [InlineData("dolor de pécho", "dolor de pecho")]
    [InlineData("temp 38,7", "temp 38.7")]
    [InlineData("٨ أسابيع", "8 اسابيع")]
    public void Normalize_Input_FoldsAsSpecified(string input, string expected)
    {
        var folded = TextNormalizer.Normalize(input);

        Assert.Equal(expected, folded.Text);
    }

    [Fact]
    public void Normalize_Offsets_MapBackToOriginal()
    {
        var input = "Heeelp: chest";

        var folded = TextNormalizer.Normalize(input);

        var token = folded.Tokens[1];
        var start = folded.OrigStart[token.Start];
        var end = folded.OrigEnd[token.End - 1];
        Assert.Equal("chest", input[start..end]);
        Assert.Equal("Heeelp", input[folded.OrigStart[0]..folded.OrigEnd[3]]);
    }

    [Fact]
    public void Normalize_Punctuation_SeparatesClausesAndSentences()
    {
        var folded = TextNormalizer.Normalize("no fever, but. cough");

        Assert.Equal(0, folded.Tokens[1].Clause);
        Assert.Equal(1, folded.Tokens[2].Clause);
        Assert.Equal(1, folded.Tokens[3].Sentence);
    }

    [Theory]
    [InlineData("ne moga da disham", "не мога да дишам")]
    [InlineData("4uvstvam se zle", "чувствам се зле")]
    [InlineData("jiveq", "живея")]
    public void ToSkeleton_LatinAndCyrillic_Meet(string latin, string cyrillic)
    {
        var fromLatin = Transliterator.ToSkeleton(TextNormalizer.Normalize(latin), cyrillic: false);
        var fromCyrillic = Transliterator.ToSkeleton(
            TextNormalizer.Normalize(cyrillic), cyrillic: true);

        Assert.Equal(fromCyrillic.Text, fromLatin.Text);
    }
}
